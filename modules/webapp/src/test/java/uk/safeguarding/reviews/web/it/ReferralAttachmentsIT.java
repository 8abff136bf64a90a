package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.audit.AuditOutcome;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.referral.application.AttachmentLine;
import uk.safeguarding.reviews.referral.application.DraftReferralForm;
import uk.safeguarding.reviews.referral.application.ReferralAttachments;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.referral.domain.content.ExampleReferrals;
import uk.safeguarding.reviews.referral.domain.content.ReferralContent;
import uk.safeguarding.reviews.referral.domain.content.ReferralStep;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;

/** A referral's files: within the partnership's kinds and size, refused with why, and nobody else's. */
@ExtendWith(ArquillianExtension.class)
class ReferralAttachmentsIT {

    /** The product's clock: bin/test --date moves it for this JVM and the test server alike. */
    private static final Clock CLOCK = ProductClock.configured();

    private static final Caller REFERRER = new Caller("att.referrer", "Referrer", Set.of(Role.REFERRER));
    private static final Caller MANAGER = new Caller("att.manager", "Manager", Set.of(Role.BUSINESS_MANAGER));
    private static final Caller PANEL = new Caller("att.panel", "Panel", Set.of(Role.PANEL_MEMBER));

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private ReferralService referrals;

    @Inject
    private ReferralAttachments attachments;

    @Inject
    private AuditTrail audit;

    @Test
    void anAcceptedFileIsKeptAndARefusedOneSaysWhyAndLosesNothing() {
        ActiveTenant partnership = tenants.provision("it-attach-rules");
        String id = draftWithContent(partnership);
        byte[] letter = "%PDF-1.4 GP letter".getBytes(StandardCharsets.UTF_8);

        AttachmentLine added = as(partnership, REFERRER, () -> upload(id, "gp-letter.pdf", letter));
        InvalidFieldException wrongKind = assertThrows(InvalidFieldException.class,
                () -> as(partnership, REFERRER, () -> upload(id, "setup.exe", letter)));
        as(partnership, MANAGER, () -> run(() -> attachments.changePolicy("pdf, docx", 1)));
        InvalidFieldException tooLarge = assertThrows(InvalidFieldException.class,
                () -> as(partnership, REFERRER, () -> upload(id, "scan.pdf", new byte[2 * 1024 * 1024])));

        assertEquals("attachment", wrongKind.field());
        assertTrue(wrongKind.getMessage().startsWith("setup.exe is not a kind of file the partnership accepts"),
                wrongKind.getMessage());
        assertEquals("scan.pdf is 2.0 MB: the limit is 1.0 MB", tooLarge.getMessage());
        assertEquals(List.of(added.id()), as(partnership, REFERRER, () -> attachments.list(id)).stream()
                .map(AttachmentLine::id).toList());
        assertEquals("Jamie Smith", as(partnership, REFERRER, () -> referrals.content(id)).getChildren().get(0)
                .getName(), "the form is intact");
        assertArrayEquals(letter, as(partnership, REFERRER, () -> attachments.download(added.id())).content());
        assertEquals(2, as(partnership, MANAGER, () -> audit.historyOf("referral-attachment", id)).stream()
                .filter(e -> e.outcome() == AuditOutcome.DENIED).count(), "both refusals are audited");

        // Issue 18: a file is what its content is, not what its name says; the path a browser sent is dropped.
        as(partnership, MANAGER, () -> run(() -> attachments.changePolicy("pdf, docx", 5)));
        InvalidFieldException renamed = assertThrows(InvalidFieldException.class, () -> as(partnership, REFERRER,
                () -> upload(id, "C:\\Users\\me\\letter.pdf", "MZ a program".getBytes(StandardCharsets.UTF_8))));
        assertEquals("letter.pdf is not a PDF file inside, whatever its name says: upload the file itself, saved as PDF.",
                renamed.getMessage());
        assertEquals("attachment", renamed.field());
        assertEquals(3, as(partnership, MANAGER, () -> audit.historyOf("referral-attachment", id)).stream()
                .filter(e -> e.outcome() == AuditOutcome.DENIED).count(), "that refusal is audited too");
        assertEquals("notes.docx", as(partnership, REFERRER, () -> upload(id, "/tmp/x/notes.docx", docx())).fileName());
    }

    @Test
    void thePanelSeesFilesOnceSubmittedAndAnotherPartnershipNever() {
        ActiveTenant partnership = tenants.provision("it-attach-owner");
        ActiveTenant other = tenants.provision("it-attach-other");
        String id = draftWithContent(partnership);
        byte[] notes = docx();
        AttachmentLine added = as(partnership, REFERRER, () -> upload(id, "notes.docx", notes));

        assertThrows(RecordNotFoundException.class, () -> as(partnership, PANEL, () -> attachments.download(added.id())),
                "a draft's files are the referrer's until submitted");
        as(partnership, REFERRER, () -> referrals.submit(id));
        assertArrayEquals(notes, as(partnership, PANEL, () -> attachments.download(added.id())).content());

        assertThrows(RecordNotFoundException.class, () -> as(other, MANAGER, () -> attachments.download(added.id())));
        assertTrue(as(other, MANAGER, () -> audit.historyOf("referral-attachment", added.id())).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED));
        assertThrows(IllegalStateException.class, () -> as(partnership, REFERRER,
                () -> run(() -> attachments.remove(added.id()))), "a submitted referral's files stay");
    }

    private String draftWithContent(ActiveTenant partnership) {
        DraftReferralForm form = new DraftReferralForm();
        form.setChildInitials("JS");
        form.setIncidentDate(LocalDate.now(CLOCK).minusDays(3));
        form.setSummary("Child admitted with injuries");
        String id = as(partnership, REFERRER, () -> referrals.startDraft(form));
        ReferralContent content = ExampleReferrals.complete(LocalDate.now(CLOCK),
                as(partnership, REFERRER, () -> referrals.content(id)).getCriteria());
        as(partnership, REFERRER, () -> referrals.saveStep(id, ReferralStep.NOTIFICATIONS, content));
        return id;
    }

    /** The smallest package a Word document is: a zip with a word/ part. */
    private static byte[] docx() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private AttachmentLine upload(String id, String name, byte[] bytes) {
        return attachments.upload(id, name, "application/octet-stream", bytes.length, new ByteArrayInputStream(bytes));
    }

    private static Object run(Runnable work) {
        work.run();
        return null;
    }
}
