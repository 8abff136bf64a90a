import java.net.http.HttpResponse;
import java.util.List;

/**
 * Before Northmoor is filled (partnership.sql): signs its business manager in through the real flow
 * and opens the clock and kind settings, which is when a partnership's first clock rules, calendar
 * and review kinds are written; the filled rows refer to them. JDK only (Java 17), compiled with
 * {@code ../common/Session.java} by fill.sh. Exit status 2 if a page did not answer as it should.
 */
public class PrepareNorthmoor {

    static final String NORTHMOOR = "Northmoor Safeguarding Children Partnership";

    public static void main(String[] args) throws Exception {
        String base = Session.stripSlash(args.length > 0 ? args[0] : "http://localhost:9080") + "/safeguarding/app";
        try {
            Session manager = new Session(new Session.Person("nm.manager", NORTHMOOR));
            manager.signIn(base);
            for (String page : List.of("/settings/clocks.xhtml", "/settings/kinds.xhtml")) {
                HttpResponse<String> answer = manager.send(Session.get(base + page));
                if (answer.statusCode() != 200) {
                    throw new Session.Failure(page + ": status " + answer.statusCode() + Session.location(answer));
                }
                manager.checkTenant(answer, page);
            }
        } catch (Session.Failure f) {
            System.err.println("FAILED: " + f.getMessage());
            System.exit(2);
        }
        System.out.println("Prepared: Northmoor's clock rules, calendar and review kinds are written");
    }
}
