package id.orderan.payment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What staff (or, later, the buyer's confirmation page) send to {@link PaymentService}. */
public final class PaymentCommands {

    private PaymentCommands() {}

    /** Money received: a down payment (manual orders) or a payment that settles the order. */
    public record RecordPayment(String orderNumber, PaymentKind kind, String method, long amount, LocalDate paidOn,
            @Nullable String note) {}

    /** "Sudah transfer": the buyer's transfer details and an optional proof. */
    public record SubmitConfirmation(String orderNumber, String bank, String accountHolder, long amount,
            LocalDate transferDate, @Nullable ProofFile proof, @Nullable String note) {}

    /**
     * The buyer's own "Sudah transfer" from the order page: the token names the order, the key makes a
     * double POST one confirmation, the proof is required (decisions 0131, 0132).
     */
    public record BuyerConfirmation(String buyerToken, String key, String toAccount, String bank, String accountHolder,
            long amount, LocalDate transferDate, @Nullable ProofFile proof) {}
}
