package uk.safeguarding.reviews.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguarding.reviews.learning.application.RotaForm;
import uk.safeguarding.reviews.learning.application.RotaView;
import uk.safeguarding.reviews.learning.application.VerificationRotas;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;

/** The partnership's verification rota (§10.1): the scrutineers in turn, one added at the end, one removed. */
@Named
@ViewScoped
public class VerificationRotaPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private VerificationRotas rotas;

    private RotaView view;
    private final RotaForm form = new RotaForm();

    public void load() {
        view = Pages.shownOrNull(rotas::rota);
    }

    public String add() {
        return FormActions.attempt("rotaForm", "add", () -> rotas.add(form), "rota.added",
                "/app/settings/rota?faces-redirect=true");
    }

    public String remove(String memberId) {
        return FormActions.attempt("membersForm", "remove", () -> rotas.remove(memberId), "rota.removed",
                "/app/settings/rota?faces-redirect=true");
    }

    public RotaView getView() {
        return view;
    }

    public RotaForm getForm() {
        return form;
    }
}
