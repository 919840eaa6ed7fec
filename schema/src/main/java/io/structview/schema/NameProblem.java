package io.structview.schema;

/**
 * Why a name cannot be used for a record, field or package, as {@link Names} reports it.
 *
 * @param message what is wrong, naming the name, such as {@code field name 'class' is a Java keyword}
 * @param hint how to fix it, such as {@code rename it, e.g. 'classValue'}
 * @param position zero-based index in the name of the offending character or package part (0 when the whole
 *     name is at fault)
 */
public record NameProblem(String message, String hint, int position) {
    /**
     * Returns message and hint as one line, as exceptions carry them.
     *
     * @return {@code message (hint)}
     */
    @Override
    public String toString() {
        return message + " (" + hint + ")";
    }
}
