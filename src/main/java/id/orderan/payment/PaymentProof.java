package id.orderan.payment;

import id.orderan.base.AbstractEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The uploaded transfer proof of a confirmation. */
@Entity
@Table(name = "payment_proof")
class PaymentProof extends AbstractEntity {

    @Column(name = "confirmation_id", nullable = false, unique = true)
    private long confirmationId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 60)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    protected PaymentProof() {
        this(0, "", "", new byte[0]);
    }

    PaymentProof(long confirmationId, String fileName, String contentType, byte[] content) {
        this.confirmationId = confirmationId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    byte[] content() {
        return content;
    }
}
