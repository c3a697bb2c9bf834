package org.perftargets.model;

/**
 * What a form prints from: the value of each of its fields, as read ({@code String}, {@code Integer},
 * {@code LocalDate}, {@code BigDecimal}); {@code null} when blank or unreadable.
 */
public interface FieldSource {
    Object get(Field field);
}
