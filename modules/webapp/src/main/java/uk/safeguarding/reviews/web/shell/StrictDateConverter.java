package uk.safeguarding.reviews.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Every date typed into the product, read strictly as day/month/year (issue 15, item 3): 31/2/2026
 * is refused beside the field, not turned into 28/2/2026, because dates feed the statutory clocks.
 * Faces' own {@code f:convertDateTime} resolves "smartly" and would change it without a word. The
 * field's {@code converterMessage}, if it has one, is the message; otherwise a plain one.
 */
@FacesConverter("sg.date")
public class StrictDateConverter implements Converter<LocalDate> {

    /** Day/month/year as people type it (27/3/2026 or 27/03/2026), strictly: no rolling over. */
    public static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), DAY_MONTH_YEAR);
        } catch (DateTimeParseException e) {
            String message = Messages.text("app.date.invalid", value.strip());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.format(DAY_MONTH_YEAR);
    }
}
