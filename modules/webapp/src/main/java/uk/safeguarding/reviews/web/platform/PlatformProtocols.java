package uk.safeguarding.reviews.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.safeguarding.reviews.identity.UserIdentity;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.tenancy.api.InterBoardProtocols;
import uk.safeguarding.reviews.tenancy.api.InterBoardProtocols.Protocol;
import uk.safeguarding.reviews.tenancy.application.TenantAdministration;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * "Inter-board protocols" (§4.3, issue 18): the boards that have agreed to look for possible links
 * between their reviews, agreed and ended here by the platform's administrators (never in code),
 * each act kept in the platform's trail and in both boards' own.
 */
@Named
@RequestScoped
public class PlatformProtocols {

    private static final String HERE = "/platform/protocols?faces-redirect=true";

    @Inject
    private InterBoardProtocols protocols;

    @Inject
    private TenantAdministration administration;

    private List<Protocol> agreed = List.of();
    private List<Tenant> boards = List.of();
    private Map<String, String> names = Map.of();
    private String first;
    private String second;
    private String protocol;
    private String reason;

    @jakarta.annotation.PostConstruct
    void read() {
        if (PlatformAdmin.current().isPresent()) {
            agreed = protocols.agreed();
            List<Tenant> all = administration.listTenants();
            names = all.stream().collect(Collectors.toMap(Tenant::slug, Tenant::displayName, (a, b) -> a));
            boards = all.stream().filter(Tenant::isActive).toList();
        }
    }

    public void load() {
        if (PlatformAdmin.current().isEmpty()) {
            Pages.forbidden();
        }
    }

    public String agree() {
        return act("agree", admin -> {
            if (protocols.agree(first, second, admin)) {
                administration.record(admin.username(), "PROTOCOL_AGREED", first, "Inter-board protocol agreed with "
                        + second);
                Messages.info("platform.protocols.agreed", nameOf(first), nameOf(second));
            } else {
                Messages.info("platform.protocols.already", nameOf(first), nameOf(second));
            }
            return HERE;
        });
    }

    public String end() {
        return act("end", admin -> {
            String[] pair = protocol == null ? new String[0] : protocol.split("\\+", 2);
            if (pair.length != 2) {
                throw InvalidFieldException.refused("protocol", "web.platform-protocols.choose-protocol-end");
            }
            if (!protocols.end(pair[0], pair[1], reason, admin)) {
                Messages.errorFor(null, Messages.text("platform.protocols.notInForce"));
                return null;
            }
            administration.record(admin.username(), "PROTOCOL_ENDED", pair[0], "Inter-board protocol with " + pair[1]
                    + " ended: " + reason.strip());
            Messages.info("platform.protocols.ended", nameOf(pair[0]), nameOf(pair[1]));
            return HERE;
        });
    }

    /** One act by the administrator signed in: refused, the reason is shown beside the form's field. */
    private String act(String form, Function<Caller, String> change) {
        UserIdentity admin = PlatformAdmin.current().orElse(null);
        if (admin == null) {
            Pages.forbidden();
            return null;
        }
        try {
            return change.apply(new Caller(admin.username(), admin.displayName(), Set.of(Role.PLATFORM_ADMIN)));
        } catch (InvalidFieldException e) {
            Messages.besideField(form, e);
            return null;
        }
    }

    /** A board's name as the pages show it; its short name if it has left the registry. */
    public String nameOf(String slug) {
        return names.getOrDefault(slug, slug);
    }

    public List<Protocol> getAgreed() {
        return agreed;
    }

    public List<Tenant> getBoards() {
        return boards;
    }

    public String getFirst() {
        return first;
    }

    public void setFirst(String first) {
        this.first = first;
    }

    public String getSecond() {
        return second;
    }

    public void setSecond(String second) {
        this.second = second;
    }

    public String getProtocol() {
        return protocol;
    }

    public void setProtocol(String protocol) {
        this.protocol = protocol;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
