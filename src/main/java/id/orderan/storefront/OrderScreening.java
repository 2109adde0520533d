package id.orderan.storefront;

import org.springframework.stereotype.Component;

/** Anti-spam screening of buyer submissions (order forms, private links). Placeholder: accepts everything. */
@Component
class OrderScreening {

    Screening screen(Submission submission) {
        return submission.honeypot().isEmpty() ? new Screening.Accept(null) : new Screening.Trap();
    }
}
