package raspc.runtime.eval;

/**
 * How closely one supervised head follows its selector, over real query rows that select at
 * least one key.
 *
 * @param argmaxOnSelected fraction of rows whose most-attended key is a selected key
 * @param massOnSelected mean attention probability on selected keys
 * @param rows rows measured
 */
public record HeadAgreement(int layer, int head, double argmaxOnSelected, double massOnSelected, long rows) {}
