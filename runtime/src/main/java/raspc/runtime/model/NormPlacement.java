package raspc.runtime.model;

/** Layer norm after each residual addition (post-LN, as in the RASP experiments) or before each sublayer. */
public enum NormPlacement { POST, PRE }
