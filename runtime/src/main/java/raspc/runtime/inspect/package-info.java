/**
 * Looking inside trained models, every kind alike (RASP sequence tasks, Boolean functions):
 * linear probes of the residual stream against the program's own s-ops ({@link raspc.runtime.inspect.Prober}),
 * ablation of heads and MLPs ({@link raspc.runtime.inspect.Ablator}) and activation patching
 * ({@link raspc.runtime.inspect.Patcher}). All of them watch and change the forward pass through the
 * one hook mechanism, {@link raspc.runtime.model.ForwardHooks}.
 */
package raspc.runtime.inspect;
