package org.perftargets.intake;

import java.util.Set;

import org.perftargets.model.Field;

/**
 * Which rows of a table are read whole. A whole reading wants every row; a reading for some
 * projects only (-Dproject) wants the rows of those projects, and of the others only their key
 * cells ({@link #keys()}): enough to know each project and to which project a row belongs.
 */
interface RowChoice {

    /** Every row read whole. */
    RowChoice ALL = new RowChoice() {
        @Override
        public Set<Field> keys() {
            return Set.of();
        }

        @Override
        public boolean wants(FoundRecord keys) {
            return true;
        }

        @Override
        public void passedOver(FoundRecord keys) {
            throw new IllegalStateException("every row is wanted");
        }
    };

    /** The fields whose cells decide; none: every row is read whole. */
    Set<Field> keys();

    /** Whether the row with these key cells (merged cells read as their region's value) is read whole. */
    boolean wants(FoundRecord keys);

    /** A row that is not read whole, with its key cells ({@code null} where {@link #keysOfRowsPassedOver()} is false). */
    void passedOver(FoundRecord keys);

    /** Whether {@link #passedOver} needs the row's key cells (a reading spares them where not). */
    default boolean keysOfRowsPassedOver() {
        return true;
    }

    /** The fields the table has (told before its rows): what a row passed over would have held. */
    default void table(Set<Field> fields) {
    }
}
