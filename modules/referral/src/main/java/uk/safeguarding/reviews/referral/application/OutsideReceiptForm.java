package uk.safeguarding.reviews.referral.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import uk.safeguarding.reviews.referral.domain.OutsideChannel;
import uk.safeguarding.reviews.referral.domain.OutsideSource;

/**
 * What the business unit types about a referral that reached it from outside (§7.3-7.4), beside the
 * start of the form. Mutable on purpose: the page binds to it and keeps what was typed when a field is
 * refused.
 */
public class OutsideReceiptForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private OutsideSource source;
    private String sourceName;
    private OutsideChannel channel;
    private LocalDate receivedOn;
    private LocalTime receivedTime;

    public OutsideSource getSource() {
        return source;
    }

    public void setSource(OutsideSource source) {
        this.source = source;
    }

    public String getSourceName() {
        return sourceName;
    }

    public void setSourceName(String sourceName) {
        this.sourceName = sourceName;
    }

    public OutsideChannel getChannel() {
        return channel;
    }

    public void setChannel(OutsideChannel channel) {
        this.channel = channel;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public LocalTime getReceivedTime() {
        return receivedTime;
    }

    public void setReceivedTime(LocalTime receivedTime) {
        this.receivedTime = receivedTime;
    }
}
