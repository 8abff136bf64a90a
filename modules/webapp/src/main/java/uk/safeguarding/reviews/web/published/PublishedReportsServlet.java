package uk.safeguarding.reviews.web.published;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.practicereview.application.Publications;
import uk.safeguarding.reviews.practicereview.application.PublishedReport;
import uk.safeguarding.reviews.kernel.ExportedFile;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.tenancy.domain.TenantRegistry;
import uk.safeguarding.reviews.web.shell.Downloads;
import uk.safeguarding.reviews.web.startup.PlatformStartup;

/**
 * Each partnership's public page (§8.3: published reports stay on the website for at least 12
 * months), no sign-in: {@code /published/<partnership>} lists the reports online now and
 * {@code /published/<partnership>/<public id>} serves one of them ({@code .../page}: its accessible web
 * page, where the partnership published the agreed text as one). The partnership comes from the
 * address and nothing else; inside it only the published reports are read, by their public id, so
 * nothing else of the partnership is reachable here, and a report taken down is simply not found.
 */
@WebServlet(urlPatterns = "/published/*")
public class PublishedReportsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** Who reads the public page: no one signed in, and no role. */
    private static final Caller PUBLIC = new Caller("public", "A member of the public", Set.of());

    @Inject
    private transient TenantRegistry registry;

    @Inject
    private transient Publications publications;

    @Inject
    private transient PlatformStartup startup;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!startup.isReady()) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = path.replaceFirst("^/", "").split("/", -1);
        boolean webPage = parts.length == 3 && "page".equals(parts[2]);
        Optional<Tenant> partnership = parts.length >= 1 && (parts.length <= 2 || webPage) ? partnership(parts[0])
                : Optional.empty();
        if (partnership.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Tenant tenant = partnership.get();
        if (parts.length == 1) {
            List<PublishedReport> reports = within(tenant, publications::online);
            page(request, response, tenant, reports);
            return;
        }
        if (webPage) {
            Optional<PublishedReport.Page> report = within(tenant, () -> publications.onlinePage(parts[1]));
            if (report.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            reportPage(request, response, tenant, parts[1], report.get());
            return;
        }
        Optional<ExportedFile> file = within(tenant, () -> publications.onlineFile(parts[1]));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        Downloads.send(response, file.get());
    }

    /** Reads inside the partnership, as no one in particular. */
    private static <T> T within(Tenant tenant, Supplier<T> read) {
        AtomicReference<T> result = new AtomicReference<>();
        TenantContext.run(tenant.asActive(), PUBLIC, () -> result.set(read.get()));
        return result.get();
    }

    /** An active partnership by the address's name; anything else is not found, as an unknown one is. */
    private Optional<Tenant> partnership(String slug) {
        try {
            Tenant.requireValidSlug(slug);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return registry.findBySlug(slug).filter(Tenant::isActive);
    }

    /** The page's opening, to its main heading: the partnership's name as the header, the title as the tab's. */
    private static PrintWriter open(HttpServletRequest request, HttpServletResponse response, Tenant tenant,
            String title) throws IOException {
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String name = html(tenant.displayName());
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + html(title) + " - " + name + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath()
                + "/jakarta.faces.resource/css/app.css.xhtml\"/></head><body>"
                + "<header class=\"app-header\"><div class=\"app-header__brand\"><span class=\"app-header__product\">"
                + name + "</span></div></header><main id=\"main\" class=\"app-main\">"
                + "<h1>" + html(title) + "</h1>");
        return out;
    }

    /**
     * A report's accessible web page (§8.3): its title, when it was published, the executive summary
     * and each part under its own heading, paragraphs as written, and the recommendations as a list;
     * with a link to the PDF and back to the list.
     */
    private static void reportPage(HttpServletRequest request, HttpServletResponse response, Tenant tenant,
            String publicId, PublishedReport.Page report) throws IOException {
        String base = request.getContextPath() + "/published/" + tenant.slug();
        PrintWriter out = open(request, response, tenant, report.title());
        out.print("<p>Published on " + PlainDates.day(report.publishedOn()) + ". <a href=\"" + html(base + "/" + publicId)
                + "\">The report as a PDF</a>. <a href=\"" + html(base) + "\">All published reports</a>.</p>");
        for (PublishedReport.Part part : report.parts()) {
            out.print("<h2>" + html(part.heading()) + "</h2>");
            for (String paragraph : part.text().split("\\R\\s*\\R")) {
                if (!paragraph.isBlank()) {
                    out.print("<p class=\"preserve-lines\">" + html(paragraph.strip()) + "</p>");
                }
            }
        }
        out.print("<h2>Recommendations</h2><ol id=\"recommendations\">");
        report.recommendations().forEach(r -> out.print("<li>" + html(r) + "</li>"));
        out.print("</ol></main></body></html>");
    }

    private static void page(HttpServletRequest request, HttpServletResponse response, Tenant tenant,
            List<PublishedReport> reports) throws IOException {
        String base = request.getContextPath() + "/published/" + tenant.slug() + "/";
        PrintWriter out = open(request, response, tenant, "Published practice reviews");
        out.print("<p>Reports of the reviews this partnership has published (Practice Review Policy, \u00a78.3). Each"
                + " stays here for at least 12 months; after that, ask the partnership for a copy.</p>");
        if (reports.isEmpty()) {
            out.print("<p id=\"no-reports\">No reports are published at present.</p>");
        } else {
            out.print("<ul id=\"reports\" class=\"links\">");
            for (PublishedReport report : reports) {
                out.print("<li><a href=\"" + html(base + report.publicId()) + "\">" + html(report.title())
                        + " (PDF, " + Math.max(1, report.fileSize() / 1024) + " KB)</a>"
                        + (report.webPage() ? " or <a href=\"" + html(base + report.publicId() + "/page") + "\">read it"
                                + " as a web page</a>" : "") + ". Published on " + PlainDates.day(report.publishedOn())
                        + "</li>");
            }
            out.print("</ul>");
        }
        out.print("</main></body></html>");
    }

    private static String html(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
