# Sourced by ./raspc and .ci/run: finds a JDK >= 21 and exports JAVA_HOME (and PATH) for it.
# Looks at JAVA_HOME, then the java on PATH, then the JDKs in /usr/lib/jvm (newest first).
# Exits with a clear message when there is none.

raspc_required_java=21

# The major version of the java binary $1 ("17", "21", "25"), or nothing when it does not run.
raspc_java_major() {
    "$1" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

raspc_home_ok() {
    local major
    [[ -x "$1/bin/java" && -x "$1/bin/javac" ]] || return 1
    major="$(raspc_java_major "$1/bin/java")"
    [[ -n "$major" && "$major" -ge "$raspc_required_java" ]]
}

raspc_find_jdk() {
    local candidate
    if [[ -n "${JAVA_HOME:-}" ]] && raspc_home_ok "$JAVA_HOME"; then
        return 0
    fi
    if command -v javac >/dev/null 2>&1; then
        candidate="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
        if raspc_home_ok "$candidate"; then
            export JAVA_HOME="$candidate"
            return 0
        fi
    fi
    for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
        candidate="${candidate%/}"
        if raspc_home_ok "$candidate"; then
            export JAVA_HOME="$candidate"
            return 0
        fi
    done
    echo "raspc needs a JDK $raspc_required_java or newer and found none" \
         "(looked at JAVA_HOME${JAVA_HOME:+=$JAVA_HOME}, the java on PATH and /usr/lib/jvm);" \
         "install one (e.g. apt-get install openjdk-21-jdk) or point JAVA_HOME at it" >&2
    exit 2
}

raspc_find_jdk
export PATH="$JAVA_HOME/bin:$PATH"
