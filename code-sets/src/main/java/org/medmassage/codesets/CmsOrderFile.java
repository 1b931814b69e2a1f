package org.medmassage.codesets;

import java.util.List;

/**
 * CMS's ICD-10-CM order file ({@code icd10cm_order_YYYY.txt}) as published: every code and header of a release, one
 * fixed-width line each — order number (5), code without dot (7), flag (1 = billable, 0 = header; DX-02), short title
 * (60), long title.
 */
public record CmsOrderFile(List<Row> rows) {

    public record Row(IcdCode code, boolean billable, String shortTitle, String longTitle) {
    }

    private static final int CODE_START = 6;
    private static final int FLAG = 14;
    private static final int SHORT_TITLE_START = 16;
    private static final int LONG_TITLE_START = 77;

    public CmsOrderFile {
        rows = List.copyOf(rows);
    }

    public static CmsOrderFile parse(List<String> lines) {
        return new CmsOrderFile(lines.stream().map(CmsOrderFile::row).toList());
    }

    public List<IcdCode> billableCodes() {
        return rows.stream().filter(Row::billable).map(Row::code).toList();
    }

    private static Row row(String line) {
        if (line.length() <= SHORT_TITLE_START || !Character.isDigit(line.charAt(0))
                || (line.charAt(FLAG) != '0' && line.charAt(FLAG) != '1')) {
            throw new IllegalArgumentException("not a line of a CMS ICD-10-CM order file: '" + line + "'");
        }
        String shortTitle = line.substring(SHORT_TITLE_START, Math.min(LONG_TITLE_START - 1, line.length())).trim();
        String longTitle = line.length() > LONG_TITLE_START ? line.substring(LONG_TITLE_START).trim() : shortTitle;
        return new Row(IcdCode.of(line.substring(CODE_START, FLAG).trim()), line.charAt(FLAG) == '1', shortTitle, longTitle);
    }
}
