package id.jalin.kernel.audit;

/** One field's value before and after a change, as text (null when the field had or has no value). */
public record FieldChange(String field, String oldValue, String newValue) {
}
