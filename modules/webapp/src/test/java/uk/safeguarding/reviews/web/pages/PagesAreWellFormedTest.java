package uk.safeguarding.reviews.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every Facelets page and template is well-formed XML, as Faces parses it: a page that is not (a
 * namespace declared twice, an unclosed tag) answers every request with an error, and only a browser
 * test that happens to open it would otherwise notice.
 */
class PagesAreWellFormedTest {

    @Test
    void everyPageAndTemplateParses() throws Exception {
        Path webapp = Path.of("src", "main", "webapp");
        List<Path> pages;
        try (Stream<Path> files = Files.walk(webapp)) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
        assertTrue(pages.size() > 50, "the pages were found: " + pages.size());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            try {
                builder.parse(page.toFile());
            } catch (SAXParseException e) {
                broken.add(webapp.relativize(page) + ":" + e.getLineNumber() + ": " + e.getMessage());
            } catch (IOException e) {
                broken.add(webapp.relativize(page) + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), broken);
    }
}
