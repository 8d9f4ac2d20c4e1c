package raspc.compiler.graph;

abstract class SelBase extends BaseNode {
    SelBase(String name) {
        super(name);
    }

    @Override
    final String shortName() {
        return "sel";
    }
}
