package id.orderan.storefront;

import id.orderan.base.SecretTokens;
import id.orderan.base.BusinessException;
import id.orderan.base.JakartaTime;
import id.orderan.base.Rupiah;
import id.orderan.base.Translations;
import id.orderan.catalog.ProductRow;
import id.orderan.catalog.ProductService;
import id.orderan.customer.PhoneNumber;
import id.orderan.followup.WhatsAppLink;
import id.orderan.order.CourierService;
import id.orderan.order.OrderService;
import id.orderan.order.PlacedOrder;
import id.orderan.security.CurrentUser;
import id.orderan.security.Permissions;
import id.orderan.store.StoreProfile;
import id.orderan.store.StoreService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Private order links (issue 13 §2): staff with money rights fix the lines at the customer's price and
 * the charges, and send the link; the buyer opens {@code /p/{token}}, adds the ship-to and confirms, and
 * only then does the order exist (source Private, Belum Bayar), placed through
 * {@link OrderService#placeForBuyer} with a key derived from the link, so the link makes one order
 * however often it is confirmed (decision 0140).
 *
 * @see <a href="../../../../../../docs/decisions/0140-private-link-token-and-single-use.md">0140</a>
 * @see <a href="../../../../../../docs/decisions/0142-private-link-expiry.md">0142</a>
 */
@Service
public class PrivateLinkService {

    public static final String LINK_PAGE = "/p/";
    private static final int MAX_NOTE = 1000;

    private final PrivateLinkRepository links;
    private final ProductService products;
    private final OrderService orders;
    private final StoreService store;
    private final CurrentUser currentUser;
    private final Translations translations;
    private final Clock clock;
    private final String publicUrl;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final CourierService couriers;

    PrivateLinkService(PrivateLinkRepository links, ProductService products, OrderService orders, StoreService store,
            CurrentUser currentUser, Translations translations, Clock clock, PlatformTransactionManager transactions,
            @Value("${orderan.public-url:http://localhost:8080}") String publicUrl, CourierService couriers) {
        this.links = links;
        this.couriers = couriers;
        this.products = products;
        this.orders = orders;
        this.store = store;
        this.currentUser = currentUser;
        this.translations = translations;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    // ---- staff ------------------------------------------------------------------------------------

    /**
     * A new link at exactly the prices staff fixed. Bad input is refused with the order form's own
     * messages and nothing is saved; the products must exist (their names are kept as staff saw them).
     */
    @Transactional
    @PreAuthorize(Permissions.SEES_MONEY)
    public PrivateLinkRow create(PrivateLinkCommand command) {
        String phone = LinkCommandCheck.validate(command, MAX_NOTE);
        Map<Long, ProductRow> known = products.findAllById(command.lines().stream()
                .map(PrivateLinkCommand.Line::productId).distinct().toList()).stream()
                .collect(Collectors.toMap(ProductRow::id, Function.identity()));
        List<PrivateLinkLine> lines = command.lines().stream().map(line -> {
            ProductRow product = known.get(line.productId());
            if (product == null) {
                throw new BusinessException("error.order.product-not-found", line.productId());
            }
            return new PrivateLinkLine(product.id(), product.name(), line.quantity(), line.unitPrice());
        }).toList();
        long total = LinkPages.totals(lines, command.discount(), command.shippingCost(), command.otherFee(), command.uniqueCode())
                .grandTotal();
        if (total < 0) {
            throw new BusinessException("error.order.negative-total");
        }
        Instant now = clock.instant();
        var link = new PrivateLink(SecretTokens.next(), command, lines, total, phone, currentUser.actorName(), now,
                now.plus(Duration.ofDays(command.validDays())));
        return row(links.saveAndFlush(link), now);
    }

    /** Cancels an unused link: its page then says so. A used link stays used (its order is real). */
    @Transactional
    @PreAuthorize(Permissions.SEES_MONEY)
    public PrivateLinkRow cancel(String token, long expectedVersion) {
        PrivateLink link = links.findByToken(token)
                .orElseThrow(() -> new BusinessException("error.private-link.not-found"));
        Instant now = clock.instant();
        PrivateLinkStatus status = link.status(now);
        if (status == PrivateLinkStatus.DIPAKAI) {
            throw new BusinessException("error.private-link.used", Objects.requireNonNullElse(link.getOrderNumber(), ""));
        }
        if (status == PrivateLinkStatus.DIBATALKAN) {
            return row(link, now);
        }
        if (link.getVersion() != expectedVersion) {
            throw new BusinessException("error.private-link.changed");
        }
        link.cancel(currentUser.actorName(), now);
        return row(links.saveAndFlush(link), now);
    }

    /** Newest first, one page (staff list). */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SEES_MONEY)
    public List<PrivateLinkRow> list(int page, int pageSize) {
        Instant now = clock.instant();
        return links.newestFirst(PageRequest.of(page, pageSize)).stream().map(link -> row(link, now)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SEES_MONEY)
    public long count() {
        return links.count();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SEES_MONEY)
    public Optional<PrivateLinkRow> find(String token) {
        return SecretTokens.wellFormed(token) ? links.findByToken(token).map(link -> row(link, clock.instant()))
                : Optional.empty();
    }

    /**
     * {@code wa.me} to the link's recipient with the message staff send (store, total, valid until, the
     * link); empty when the link names no valid WhatsApp number. Records nothing: a link is not an order.
     */
    @PreAuthorize(Permissions.SEES_MONEY)
    public Optional<String> whatsApp(PrivateLinkRow row) {
        if (row.recipientPhone() == null || PhoneNumber.normalize(row.recipientPhone()).isEmpty()) {
            return Optional.empty();
        }
        String storeName = store.profile().name();
        String greeting = row.recipientName() == null ? "Halo" : "Halo " + row.recipientName();
        String message = greeting + ", berikut link pesanan Anda di " + storeName + ".\n"
                + "Total: " + Rupiah.format(row.grandTotal()) + "\n"
                + "Berlaku sampai: " + JakartaTime.format(row.expiresAt()) + "\n"
                + "Silakan cek, isi alamat pengiriman lalu konfirmasi di sini:\n" + row.url();
        return Optional.of(WhatsAppLink.of(row.recipientPhone(), message));
    }

    // ---- buyer ------------------------------------------------------------------------------------

    /**
     * What {@code GET /p/{token}} shows. Reads only: a link whose order exists answers with that order
     * even if the link's own row was not marked yet (the mark follows in the confirming request).
     */
    @PreAuthorize(Permissions.BUYER)
    public LinkAnswer open(String token) {
        return Objects.requireNonNull(readOnly.execute(status -> {
            PrivateLink link = SecretTokens.wellFormed(token) ? links.findByToken(token).orElse(null) : null;
            if (link == null) {
                return new LinkAnswer.Unknown();
            }
            return answer(link, LinkPages.prefill(link), List.of());
        }));
    }

    /**
     * The buyer's "Konfirmasi pesanan": checks the ship-to, places the order at the link's own amounts
     * (nothing from the browser but the buyer's details) and marks the link used. Two tabs confirming
     * at once both land on the one order: the placement key is the link's, so the second placement
     * finds the first order (decision 0134), and marking the link is idempotent.
     */
    @PreAuthorize(Permissions.BUYER)
    public LinkAnswer confirm(String token, ShipToForm form) {
        Optional<PrivateLink> found = Objects.requireNonNull(readOnly.execute(status ->
                SecretTokens.wellFormed(token) ? links.findByToken(token) : Optional.<PrivateLink>empty()));
        if (found.isEmpty()) {
            return new LinkAnswer.Unknown();
        }
        PrivateLink link = found.get();
        LinkAnswer current = answer(link, form, List.of());
        if (!(current instanceof LinkAnswer.Open open)) {
            return current;
        }
        List<String> errors = ShipToCheck.errors(form);
        if (!errors.isEmpty()) {
            return new LinkAnswer.Open(open.page(), form, errors);
        }
        PlacedOrder placed;
        try {
            placed = orders.placeForBuyer(LinkPlacement.of(link, form, MAX_NOTE));
        } catch (BusinessException e) {
            // sold out meanwhile, a product gone, a number WhatsApp does not know: no order, say why
            return new LinkAnswer.Open(open.page(), form,
                    List.of(translations.getTranslation(e.messageKey(), Translations.INDONESIAN, e.args())));
        }
        markUsed(Objects.requireNonNull(link.getId()), placed);
        return new LinkAnswer.Placed(placed.buyerToken());
    }

    private void markUsed(long linkId, PlacedOrder placed) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> links.findById(linkId).ifPresent(link -> {
                    link.usedFor(placed.orderNumber(), placed.buyerToken(), clock.instant());
                    links.flush();
                }));
                return;
            } catch (OptimisticLockingFailureException e) {
                // another tab marked it (the same order) or staff cancelled at that instant: read again
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private LinkAnswer answer(PrivateLink link, ShipToForm form, List<String> errors) {
        StoreProfile profile = store.profile();
        PrivateLinkStatus status = link.status(clock.instant());
        if (status == PrivateLinkStatus.DIPAKAI) {
            return new LinkAnswer.Placed(Objects.requireNonNull(link.getOrderToken()));
        }
        if (status != PrivateLinkStatus.AKTIF) {
            // placed, but the mark was lost (a crash between the two steps): the order is what counts
            Optional<PlacedOrder> placed = orders.placedWithKey(LinkPlacement.key(link));
            if (placed.isPresent()) {
                return new LinkAnswer.Placed(placed.get().buyerToken());
            }
            return new LinkAnswer.Closed(status == PrivateLinkStatus.KEDALUWARSA, profile.name(),
                    LinkPages.storeWhatsApp(profile));
        }
        return new LinkAnswer.Open(LinkPages.page(link, profile,
                link.getCourier() == null ? null : couriers.display(link.getCourier()).label()), form, errors);
    }

    private PrivateLinkRow row(PrivateLink link, Instant now) {
        return new PrivateLinkRow(link.getToken(), publicUrl + LINK_PAGE + link.getToken(), link.status(now),
                link.getCreatedBy(), link.getCreatedAt(), link.getRecipientName(), link.getRecipientPhone(),
                link.getGrandTotal(), link.getExpiresAt(), link.getOrderNumber(), link.getLines().stream()
                        .map(l -> new PrivateLinkRow.Item(l.productName(), l.quantity(), l.unitPrice())).toList(),
                link.getVersion());
    }
}
