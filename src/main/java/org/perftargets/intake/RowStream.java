package org.perftargets.intake;

import java.util.Iterator;
import java.util.function.Predicate;

/** The rows of a {@link TableSheet}, in order, each once. */
interface RowStream extends Iterator<SheetRow> {

    /**
     * From the next row on: read each row first only as far as its cells in {@code keyColumns},
     * and the rest of it only when {@code wanted} (given the row with the cells read so far) says
     * so; a row not wanted comes with those cells only, marked {@link SheetRow#passedOver()}. A
     * streamed sheet then passes over the rest of such a row without reading its cells; a row in
     * which a merged region starts is always read whole, so that the region's value is at hand.
     * Where {@code keysOfRowsPassedOver} is false, a row not wanted may come without its cells.
     */
    void readWholeOnly(int[] keyColumns, Predicate<SheetRow> wanted, boolean keysOfRowsPassedOver);

    /** A stream of rows already read whole, which marks those not wanted. */
    static RowStream of(Iterator<SheetRow> rows) {
        return new RowStream() {
            private Predicate<SheetRow> wanted;

            @Override
            public void readWholeOnly(int[] keyColumns, Predicate<SheetRow> w, boolean keysOfRowsPassedOver) {
                wanted = w;
            }

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public SheetRow next() {
                SheetRow r = rows.next();
                return wanted == null || wanted.test(r) ? r : r.passedOverWith(r.cells());
            }
        };
    }
}
