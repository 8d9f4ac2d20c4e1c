package raspc.compiler.graph;

abstract class SopBase extends BaseNode {
    SopBase(String name) {
        super(name);
    }

    @Override
    final String shortName() {
        return "s-op";
    }
}
