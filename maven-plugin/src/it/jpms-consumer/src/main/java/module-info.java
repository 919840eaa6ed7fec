/** Resolves only if structview-runtime and structview-schema are named modules with these names. */
module com.example.consumer {
    requires io.structview;
}
