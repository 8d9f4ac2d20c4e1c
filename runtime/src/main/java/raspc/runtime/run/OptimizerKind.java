package raspc.runtime.run;


/** Adam (L2 penalty in the gradient when weight decay is set) or AdamW (decoupled weight decay). */
public enum OptimizerKind { ADAM, ADAMW }
