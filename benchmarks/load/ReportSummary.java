import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each page's figures from a Gatling HTML report (its statistics table), one line each: requests,
 * failures, median, 95th and 99th percentile and slowest, and whether the 95th percentile meets the
 * target (under 100 ms). JDK only; run as {@code java ReportSummary.java REPORT_DIR}.
 */
public class ReportSummary {

    static final Pattern ROW = Pattern.compile("<tr id=\"req_[^\"]*\" data-parent=\"ROOT\">(.*?)</tr>", Pattern.DOTALL);
    static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)<");
    static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ (?:total )?col-(\\d+)\">([^<]*)</td>");

    public static void main(String[] args) throws Exception {
        String html = Files.readString(Path.of(args[0], "index.html"));
        System.out.printf("%-36s %8s %6s %8s %8s %8s %8s  %s%n", "page", "requests", "failed", "median", "p95", "p99",
                "slowest", "p95 under 100 ms");
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Matcher name = NAME.matcher(row.group(1));
            if (!name.find()) {
                continue;
            }
            String[] cells = new String[15];
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells[Integer.parseInt(cell.group(1))] = cell.group(2).replace(",", "");
            }
            boolean met = Integer.parseInt(cells[10]) < 100;
            System.out.printf("%-36s %8s %6s %5s ms %5s ms %5s ms %5s ms  %s%n", name.group(1).replace("&#39;", "'"),
                    cells[2], cells[4], cells[8], cells[10], cells[11], cells[12], met ? "yes" : "NO");
        }
    }
}
