# Sourced by the evaluation scripts, from the repository root: picks a JDK 21+ and compiles the product
# classes with plain javac into target/eval-classes (the runnable jar needs the Quarkus packaging step,
# which the evaluation does not depend on). Sets $java, $cp (dependency classpath) and $classes.
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
classes="target/eval-classes"

# Classpath from Maven (offline when the dependencies are already local).
if [[ ! -s target/eval-cp.txt || pom.xml -nt target/eval-cp.txt ]]; then
  ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/eval-cp.txt \
    || ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/eval-cp.txt
fi
cp="$(cat target/eval-cp.txt)"
rm -rf "$classes" && mkdir -p "$classes"
"$javac" --release 21 -nowarn -d "$classes" -cp "$cp" $(find src/main/java -name '*.java')
cp -r src/main/resources/. "$classes/"
