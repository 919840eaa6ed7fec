/**
 * The layout language: format codes, the struct format parser, layouts and record schemas. Java 17, with no
 * dependencies, so that code generators running inside Maven and javac can use it.
 */
module io.structview.schema {
    exports io.structview.schema;
}
