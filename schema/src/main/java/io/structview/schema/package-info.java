/**
 * The layout language: the table of struct format codes ({@link io.structview.schema.FormatCode}), the format
 * string parser ({@link io.structview.schema.Format}), and record schemas ({@link io.structview.schema.Schema},
 * {@link io.structview.schema.Record}) that the code generators turn into accessor classes. Java 17, no
 * dependencies.
 */
package io.structview.schema;
