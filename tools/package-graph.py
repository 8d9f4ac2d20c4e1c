#!/usr/bin/env python3
"""Usage: tools/package-graph.py REPO_ROOT (after mvn -DskipTests package).

Package graph of a raspc checkout from its compiled classes (jdeps): per module, the package
edges, the strongly connected components (cycles), and the largest main classes by lines."""
import os, re, subprocess, sys, collections
root = sys.argv[1]
jdeps = os.environ.get('JAVA_HOME', '/usr/lib/jvm/temurin-25-jdk-amd64') + '/bin/jdeps'
mods = ['grammar', 'compiler', 'runtime', 'repl']
cp = ':'.join(f'{root}/{m}/target/classes' for m in mods)
edges = collections.defaultdict(set)
for m in mods:
    out = subprocess.run([jdeps, '-verbose:package', '-e', r'raspc\..*', '-cp', cp, f'{root}/{m}/target/classes'],
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        mm = re.match(r'\s+(raspc\.\S+)\s+->\s+(raspc\.\S+)', line)
        if mm and mm.group(1) != mm.group(2):
            edges[mm.group(1)].add(mm.group(2))
nodes = set(edges) | {t for ts in edges.values() for t in ts}
def mod(p): return p.split('.')[1]
def short(p): return '.'.join(p.split('.')[2:]) or '(root)'
# Tarjan
idx = {}; low = {}; st = []; on = set(); sccs = []; c = [0]
sys.setrecursionlimit(10000)
def sc(v):
    idx[v] = low[v] = c[0]; c[0] += 1; st.append(v); on.add(v)
    for w in edges.get(v, ()):
        if w not in idx: sc(w); low[v] = min(low[v], low[w])
        elif w in on: low[v] = min(low[v], idx[w])
    if low[v] == idx[v]:
        comp = []
        while True:
            w = st.pop(); on.discard(w); comp.append(w)
            if w == v: break
        sccs.append(comp)
for v in sorted(nodes):
    if v not in idx: sc(v)
for m in mods:
    pk = sorted(p for p in nodes if mod(p) == m)
    inner = sum(1 for p in pk for t in edges.get(p, ()) if mod(t) == m)
    cross = sorted({mod(t) for p in pk for t in edges.get(p, ()) if mod(t) != m})
    cyc = [sorted(short(x) for x in s) for s in sccs if len(s) > 1 and mod(s[0]) == m]
    print(f'{m}: {len(pk)} packages, {inner} package edges inside, uses {", ".join(cross) or "nothing"}; cycles: {cyc or "none"}')
    for p in pk:
        ts = sorted(short(t) for t in edges.get(p, ()) if mod(t) == m)
        print(f'    {short(p)} -> {", ".join(ts) if ts else "-"}')
sizes = []
for m in mods:
    for d, _, fs in os.walk(f'{root}/{m}/src/main/java'):
        for f in fs:
            if f.endswith('.java') and f != 'package-info.java':
                n = sum(1 for _ in open(os.path.join(d, f)))
                sizes.append((n, f'{m}/{os.path.relpath(os.path.join(d, f), root + "/" + m + "/src/main/java/raspc")}'))
sizes.sort(reverse=True)
print('main classes:', len(sizes), ' lines:', sum(s for s, _ in sizes))
print('largest:', '; '.join(f'{p} {n}' for n, p in sizes[:8]))
