package org.perftargets.intake;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/** A sheet of POI's user model read as a {@link TableSheet} (.xls workbooks, and tests). */
final class UserModelSheet implements TableSheet {

    private final Sheet sheet;

    UserModelSheet(Sheet sheet) {
        this.sheet = sheet;
    }

    /** The sheets of a workbook held in POI's user model. */
    static IntakeWorkbook of(Workbook wb) {
        List<TableSheet> sheets = new ArrayList<>();
        wb.forEach(s -> sheets.add(new UserModelSheet(s)));
        return new IntakeWorkbook() {
            @Override
            public List<TableSheet> sheets() {
                return sheets;
            }

            @Override
            public Workbook userModel() {
                return wb;
            }
        };
    }

    @Override
    public String name() {
        return sheet.getSheetName();
    }

    @Override
    public boolean hidden() {
        Workbook wb = sheet.getWorkbook();
        int index = wb.getSheetIndex(sheet);
        return wb.isSheetHidden(index) || wb.isSheetVeryHidden(index);
    }

    @Override
    public int lastRowIndex() {
        return sheet.getPhysicalNumberOfRows() == 0 ? -1 : sheet.getLastRowNum();
    }

    @Override
    public List<CellRangeAddress> mergedRegions() {
        return sheet.getMergedRegions();
    }

    @Override
    public RowStream rows() {
        Iterator<Row> rows = sheet.rowIterator();
        return RowStream.of(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public SheetRow next() {
                Row row = rows.next();
                List<SheetRow.Cell> cells = new ArrayList<>();
                for (Cell c : row) {
                    if (c.getCellType() == CellType.BLANK) {
                        continue;
                    }
                    String ref = new CellReference(row.getRowNum(), c.getColumnIndex()).formatAsString();
                    cells.add(new SheetRow.Cell(c.getColumnIndex(), CellValues.of(c, ref),
                            c.getCellType() == CellType.STRING ? c.getStringCellValue() : null));
                }
                return new SheetRow(row.getRowNum(), cells);
            }
        });
    }
}
