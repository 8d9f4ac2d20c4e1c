package raspc.repl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ai.djl.ndarray.NDArray;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which module may use what (the modules' poms already keep grammar from seeing the compiler, and
 * so on; these rules also cover third-party libraries), and the package cycles inside each module.
 * This test lives in repl because only repl's test classpath holds every module.
 */
@AnalyzeClasses(packages = "raspc", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule grammarStandsAlone = noClasses().that().resideInAPackage("raspc.grammar..")
            .should().dependOnClassesThat().resideInAnyPackage("raspc.compiler..", "raspc.runtime..", "raspc.repl..");

    /** The compiler is a library: no command line, no terminal, no neural networks. */
    @ArchTest
    static final ArchRule compilerHasNoUserInterfaceNorModels = noClasses().that().resideInAPackage("raspc.compiler..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("raspc.repl..", "raspc.runtime..", "ai.djl..", "org.jline..", "picocli..");

    /**
     * The runtime trains and evaluates compiled tasks; it never parses program text (the
     * parser, its errors and ANTLR are raspc.grammar and org.antlr; the AST records may be seen).
     */
    @ArchTest
    static final ArchRule runtimeNeverParsesNorTalksToTheUser = noClasses().that().resideInAPackage("raspc.runtime..")
            .should().dependOnClassesThat().resideInAnyPackage("raspc.repl..", "org.antlr..", "raspc.grammar",
                    "org.jline..", "picocli..");

    private static final Set<String> NUMBER_ARITHMETIC = Set.of("add", "addi", "sub", "subi", "mul", "muli", "div",
            "divi", "pow", "powi", "mod", "modi", "maximum", "minimum", "rsub", "rsubi", "rdiv", "rdivi", "rmod", "rmodi",
            "rpow", "rpowi");

    /**
     * DJL's arithmetic with a Number leaves autograd a scalar over a Java buffer that the garbage
     * collector may free before the backward pass reads it (same-seed trainings differed that
     * way); the model's passes make their constants through model.Scalars instead.
     */
    @ArchTest
    static final ArchRule modelConstantsAreTorchOwned = noClasses().that().resideInAPackage("raspc.runtime.model..")
            .and().doNotHaveFullyQualifiedName("raspc.runtime.model.Scalars")
            .should().callMethodWhere(DescribedPredicate.describe("DJL arithmetic of an NDArray with a Number",
                    (JavaMethodCall call) -> call.getTargetOwner().isAssignableTo(NDArray.class)
                            && NUMBER_ARITHMETIC.contains(call.getName())
                            && call.getTarget().getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(Number.class))));

    /*
     * Package cycles. A package is in a cycle exactly when it shares a strongly connected component
     * of the package graph with another package, and every dependency between two packages of one
     * component closes a cycle. So the cycles of today are frozen by listing, per module, the
     * package dependencies inside its components: a new cycle either makes a new component, grows
     * one, or adds a dependency inside one, and each of those fails here.
     */

    /**
     * None in the compiler: the s-op data (seq) sits under the graph, the graph under evaluation,
     * RASP values (value) above the graph, and the Session/MachineEval/TaskRegistry facades in the
     * root package above everything that loads or resolves programs.
     */
    private static final Set<String> COMPILER_CYCLE = Set.of();

    @ArchTest
    static void grammarPackagesHaveNoCycles(JavaClasses classes) {
        assertOnlyKnownCycles(classes, "raspc.grammar", Set.of());
    }

    @ArchTest
    static void compilerPackagesHaveNoNewCycles(JavaClasses classes) {
        assertOnlyKnownCycles(classes, "raspc.compiler", COMPILER_CYCLE);
    }

    @ArchTest
    static void runtimePackagesHaveNoCycles(JavaClasses classes) {
        assertOnlyKnownCycles(classes, "raspc.runtime", Set.of());
    }

    @ArchTest
    static void replPackagesHaveNoCycles(JavaClasses classes) {
        assertOnlyKnownCycles(classes, "raspc.repl", Set.of());
    }

    /**
     * Fails on every dependency between two packages of one strongly connected component that is
     * not in known (naming the classes that make it), and on every known one that is gone, so the
     * list only ever shrinks.
     */
    private static void assertOnlyKnownCycles(JavaClasses classes, String module, Set<String> known) {
        Map<String, Map<String, Set<String>>> graph = packageGraph(classes, module);
        assertTrue(graph.size() > 1 || module.equals("raspc.repl"), "no classes of " + module + " were imported");
        Map<String, Integer> component = components(graph);
        Map<String, Set<String>> inCycles = new TreeMap<>();
        graph.forEach((from, targets) -> targets.forEach((to, because) -> {
            if (component.get(from).equals(component.get(to))) {
                inCycles.put(shorten(from) + " -> " + shorten(to), because);
            }
        }));
        List<String> problems = new ArrayList<>();
        inCycles.forEach((edge, because) -> {
            if (!known.contains(edge)) {
                problems.add("new dependency in a package cycle: " + edge + " (" + String.join(", ", because) + ")");
            }
        });
        new TreeSet<>(known).stream().filter(e -> !inCycles.containsKey(e))
                .forEach(e -> problems.add("no longer in a cycle, take it off the list: " + e));
        if (!problems.isEmpty()) {
            fail("package cycles in " + module + ":\n" + String.join("\n", problems));
        }
    }

    private static String shorten(String pkg) {
        return pkg.substring("raspc.".length());
    }

    /** package -> package it uses -> "Origin -> Target" class pairs, for the packages of one module. */
    private static Map<String, Map<String, Set<String>>> packageGraph(JavaClasses classes, String module) {
        Map<String, Map<String, Set<String>>> graph = new TreeMap<>();
        for (JavaClass c : classes) {
            if (!inModule(c.getPackageName(), module)) {
                continue;
            }
            Map<String, Set<String>> targets = graph.computeIfAbsent(c.getPackageName(), p -> new TreeMap<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass t = d.getTargetClass().getBaseComponentType();
                String to = t.getPackageName();
                if (inModule(to, module) && !to.equals(c.getPackageName())) {
                    targets.computeIfAbsent(to, p -> new TreeSet<>())
                            .add(topLevel(c).getSimpleName() + " -> " + topLevel(t).getSimpleName());
                    graph.computeIfAbsent(to, p -> new TreeMap<>());
                }
            }
        }
        return graph;
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private static boolean inModule(String pkg, String module) {
        return pkg.equals(module) || pkg.startsWith(module + ".");
    }

    /** Tarjan's strongly connected components: package -> component number. */
    private static Map<String, Integer> components(Map<String, Map<String, Set<String>>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new java.util.HashSet<>();
        Map<String, Integer> component = new HashMap<>();
        for (String root : graph.keySet()) {
            if (!index.containsKey(root)) {
                strongConnect(root, graph, index, low, stack, onStack, component);
            }
        }
        return component;
    }

    private static void strongConnect(String v, Map<String, Map<String, Set<String>>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, Map<String, Integer> component) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : graph.get(v).keySet()) {
            if (!index.containsKey(w)) {
                strongConnect(w, graph, index, low, stack, onStack, component);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            int id = component.size();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.put(w, id);
            } while (!w.equals(v));
        }
    }
}
