package cn.jiandang.quality;

/**
 * GB 11643 in portable SQL (H2 and PostgreSQL), for a column holding an ID number: the format, the province code,
 * the month and day of birth and the ISO 7064 MOD 11-2 check character, each evaluated only when the ones before
 * passed (a CASE, so that no cast meets a non-digit).
 */
final class IdNumberSql {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String PROVINCES = "'11','12','13','14','15','21','22','23','31','32','33','34','35','36',"
            + "'37','41','42','43','44','45','46','50','51','52','53','54','61','62','63','64','65','71','81','82'";

    private IdNumberSql() {}

    /** 1 when the column's value is not a valid ID number, else 0. */
    static String invalid(String col) {
        return "case when " + col + " is null or not regexp_like(" + col + ", '^[0-9]{17}[0-9X]$') then 1"
                + " when substring(" + col + ", 1, 2) not in (" + PROVINCES + ") then 1"
                + " when cast(substring(" + col + ", 11, 2) as int) not between 1 and 12 then 1"
                + " when cast(substring(" + col + ", 13, 2) as int) not between 1 and 31 then 1"
                + " when substring('10X98765432', mod(" + weightedSum(col) + ", 11) + 1, 1) <> substring(" + col
                + ", 18, 1) then 1 else 0 end";
    }

    /** 1 when a well-formed number disagrees with the member's sex or birth date, else 0. */
    static String mismatch(String col, String sexCol, String birthCol) {
        return "case when " + col + " is null or not regexp_like(" + col + ", '^[0-9]{17}[0-9X]$') then 0"
                + " when (mod(cast(substring(" + col + ", 17, 1) as int), 2) = 1) <> (" + sexCol + " = 'MALE') then 1"
                + " when extract(year from " + birthCol + ") * 10000 + extract(month from " + birthCol + ") * 100"
                + " + extract(day from " + birthCol + ") <> cast(substring(" + col + ", 7, 8) as int) then 1"
                + " else 0 end";
    }

    /** {@code 1301**********1234}, as {@code Masking.idNumber} shows a number in lists. */
    static String masked(String col) {
        return "substring(" + col + ", 1, 4) || '**********' || substring(" + col + ", 15, 4)";
    }

    private static String weightedSum(String col) {
        StringBuilder sum = new StringBuilder();
        for (int i = 0; i < WEIGHTS.length; i++) {
            if (i > 0) {
                sum.append(" + ");
            }
            sum.append("cast(substring(")
                    .append(col)
                    .append(", ")
                    .append(i + 1)
                    .append(", 1) as int) * ")
                    .append(WEIGHTS[i]);
        }
        return sum.toString();
    }
}
