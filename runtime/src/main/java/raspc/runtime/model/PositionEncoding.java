package raspc.runtime.model;

/** How positions enter the model: fixed sinusoids (any length) or a learned table (up to its size). */
public enum PositionEncoding { SINUSOIDAL, LEARNED }
