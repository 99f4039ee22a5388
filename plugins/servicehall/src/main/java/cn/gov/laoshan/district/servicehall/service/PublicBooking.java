package cn.gov.laoshan.district.servicehall.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.notify.TextMessages;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.servicehall.domain.Booking;

/**
 * The public booking page's side of booking, for residents without an account: the mobile number is proved with a
 * one-time code (6 digits, valid {@link #CODE_VALIDITY}, at most {@value #MAX_ATTEMPTS} tries, used once; only its
 * hash is kept), sent through {@link TextMessages}. Requests for codes are rate-limited per mobile (one per
 * {@link #RESEND_AFTER}, {@value #PER_MOBILE_PER_HOUR} an hour) and per client address
 * ({@value #PER_ADDRESS_PER_HOUR} an hour), counted in the database so that every node of a cluster counts alike.
 * Nothing here tells a caller about anybody's bookings: a code request answers the same whatever the number, and a
 * booking is found only with its number, the identity number it was made for and a code sent to its mobile.
 */
public class PublicBooking {

    static final Duration CODE_VALIDITY = Duration.ofMinutes(5);
    static final Duration RESEND_AFTER = Duration.ofSeconds(60);
    static final int MAX_ATTEMPTS = 5;
    static final int PER_MOBILE_PER_HOUR = 5;
    static final int PER_ADDRESS_PER_HOUR = 20;
    static final int LOOKUPS_PER_ADDRESS_PER_MINUTE = 30;
    /** How long a proof of a booking (the code was right) lets the page cancel or move it. */
    static final Duration PROOF_VALIDITY = Duration.ofMinutes(10);

    private final Jdbi jdbi;
    private final BookingService bookings;
    private final TextMessages texts;
    private final RatingService ratings;
    private final QueueRepository visits;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.Deque<Instant>> lookups =
            new java.util.concurrent.ConcurrentHashMap<>();

    public PublicBooking(Jdbi jdbi, BookingService bookings, TextMessages texts, RatingService ratings,
            QueueRepository visits, Clock clock) {
        this.jdbi = jdbi;
        this.bookings = bookings;
        this.texts = texts;
        this.ratings = ratings;
        this.visits = visits;
        this.clock = clock;
    }

    /** Sends a one-time code to {@code mobile}, unless the mobile or the address asked too often. */
    public void requestCode(String mobile, String address) {
        String m = mobile == null ? "" : mobile.strip();
        if (!m.matches("1[3-9]\\d{9}")) {
            throw new RefusedException("mobile", "servicehall.error.mobile");
        }
        String from = address == null || address.isBlank() ? "unknown" : address.strip();
        Instant now = clock.instant();
        Timestamp hourAgo = Timestamp.from(now.minus(Duration.ofHours(1)));
        boolean allowed = jdbi.inTransaction(h -> {
            int byAddress = h.createQuery("select count(*) from code_request where address = :address and "
                    + "requested_at > :since").bind("address", from).bind("since", hourAgo).mapTo(Integer.class).one();
            int byMobile = h.createQuery("select count(*) from code_request where mobile = :mobile and "
                    + "requested_at > :since").bind("mobile", m).bind("since", hourAgo).mapTo(Integer.class).one();
            int recent = h.createQuery("select count(*) from code_request where mobile = :mobile and "
                    + "requested_at > :since").bind("mobile", m).bind("since", Timestamp.from(now.minus(RESEND_AFTER)))
                    .mapTo(Integer.class).one();
            if (byAddress >= PER_ADDRESS_PER_HOUR || byMobile >= PER_MOBILE_PER_HOUR || recent > 0) {
                return false;
            }
            h.createUpdate("insert into code_request (mobile, address, requested_at) values (:mobile, :address, :at)")
                    .bind("mobile", m).bind("address", from).bind("at", Timestamp.from(now)).execute();
            return true;
        });
        if (!allowed) {
            throw new RefusedException(null, "servicehall.error.code-rate");
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        jdbi.useTransaction(h -> {
            h.createUpdate("delete from one_time_code where mobile = :mobile").bind("mobile", m).execute();
            h.createUpdate("insert into one_time_code (mobile, code_hash, expires_at, attempts) values (:mobile, "
                    + ":hash, :expires, 0)").bind("mobile", m).bind("hash", hash(m, code))
                    .bind("expires", Timestamp.from(now.plus(CODE_VALIDITY))).execute();
        });
        texts.send(m, "【崂山区政务服务中心】您的预约验证码为 " + code + "，5 分钟内有效。如非本人操作，请忽略。");
    }

    /** Books after checking the code sent to the request's mobile. */
    public Booking book(Booking.Request request, String code) {
        verify(request.mobile(), code);
        return bookings.bookPublic(request);
    }

    /** Cancels the booking {@code number} made for {@code idNumber}, after checking the code sent to its mobile. */
    public Booking cancel(String number, String idNumber, String mobile, String code) {
        return cancel(open(number, idNumber, mobile, code));
    }

    /**
     * A resident's proof, for a while, that a booking is theirs: made only here, after the code sent to the booking's
     * mobile was right and the number and the identity number matched. The page keeps it on the server (in the
     * view), so the browser can neither make nor alter one.
     */
    public static final class Proof {
        private final Booking booking;
        private final Instant provedAt;

        private Proof(Booking booking, Instant provedAt) {
            this.booking = booking;
            this.provedAt = provedAt;
        }

        /** The booking as it was when proved. */
        public Booking booking() {
            return booking;
        }
    }

    /**
     * Proves that booking {@code number} is the caller's: the code to {@code mobile} is checked and used up first, so
     * that nobody learns whether a number exists without a code sent to the mobile they name; then a wrong number,
     * identity number or mobile gets one and the same refusal.
     */
    public Proof open(String number, String idNumber, String mobile, String code) {
        verify(mobile, code);
        String n = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
        Booking booking = bookings.byNumber(n)
                .filter(b -> b.mobile().equals(mobile.strip()))
                .filter(b -> b.idNumber().equals(cn.gov.laoshan.district.servicehall.domain.IdNumber.normalize(idNumber)))
                .orElseThrow(() -> new RefusedException("number", "servicehall.error.booking-unknown"));
        return new Proof(booking, clock.instant());
    }

    /**
     * The free slots of a hall and item for the public page, at most {@value #LOOKUPS_PER_ADDRESS_PER_MINUTE} times a
     * minute per client address (a crawler learns the places only as fast as a person could ask; refused with a
     * clear message beyond). Counted in this node's memory: a lookup changes nothing, so the bound needs no
     * database, and behind a load balancer each node bounds its own share.
     */
    public List<BookingService.Free> availability(String hall, String item, String address) {
        String from = address == null || address.isBlank() ? "unknown" : address.strip();
        Instant now = clock.instant();
        java.util.Deque<Instant> asked = lookups.computeIfAbsent(from, a -> new java.util.ArrayDeque<>());
        synchronized (asked) {
            while (!asked.isEmpty() && !asked.peekFirst().isAfter(now.minus(Duration.ofMinutes(1)))) {
                asked.pollFirst();
            }
            if (asked.size() >= LOOKUPS_PER_ADDRESS_PER_MINUTE) {
                throw new RefusedException(null, "servicehall.error.lookup-rate");
            }
            asked.addLast(now);
        }
        if (lookups.size() > 10_000) {
            // forget addresses that asked nothing in the last minute, so that the map does not grow without bound
            lookups.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || !e.getValue().peekLast().isAfter(now.minus(Duration.ofMinutes(1)));
                }
            });
        }
        return bookings.availability(hall, item);
    }

    /** The free slots the proved booking may move to (its hall and item). */
    public List<BookingService.Free> availability(Proof proof) {
        Booking b = valid(proof);
        return bookings.availability(b.hallCode(), b.itemCode());
    }

    public Booking cancel(Proof proof) {
        Booking b = valid(proof);
        return bookings.cancelPublic(b.number(), b.idNumber());
    }

    public Booking reschedule(Proof proof, LocalDate day, LocalTime starts) {
        Booking b = valid(proof);
        Booking current = bookings.byNumber(b.number()).orElseThrow();
        return bookings.reschedulePublic(current, day, starts);
    }

    /**
     * The proved booking's finished visit, when it may still be rated by the person (once; late after
     * {@value RatingService#RATING_WORKING_DAYS} working days, as Shandong allows), else empty.
     */
    public java.util.Optional<cn.gov.laoshan.district.servicehall.domain.Visit> rateable(Proof proof) {
        Booking b = valid(proof);
        return visits.ofBooking(b.number())
                .filter(v -> v.state() == cn.gov.laoshan.district.servicehall.domain.VisitState.DONE)
                .filter(v -> !ratings.rated(v.id()));
    }

    /** The person's own rating of the proved booking's visit (好差评 given after leaving the hall). */
    public cn.gov.laoshan.district.servicehall.domain.Rating rate(Proof proof,
            cn.gov.laoshan.district.servicehall.domain.RatingLevel level, String reasons) {
        var visit = rateable(proof).orElseThrow(() -> new RefusedException(null, "servicehall.error.not-rateable"));
        return ratings.ratePublic(visit.id(), level, reasons);
    }

    private Booking valid(Proof proof) {
        if (proof == null || proof.provedAt.plus(PROOF_VALIDITY).isBefore(clock.instant())) {
            throw new RefusedException("code", "servicehall.error.proof-expired");
        }
        return proof.booking;
    }

    /**
     * The day-before text to every resident with an open booking tomorrow, once: the booking is marked in the same
     * step that claims it ({@code text_reminded_at is null}), so a second run — or a second node — sends nothing.
     * Runs daily as the system.
     */
    public int sendReminders() {
        LocalDate tomorrow = clock.instant().atZone(BookingService.BEIJING).toLocalDate().plusDays(1);
        int sent = 0;
        for (Booking b : bookings.bookedOn(tomorrow)) {
            if (b.uscc() != null) {
                continue; // an enterprise's booking is reminded in its inbox (BookingService.planReminder)
            }
            int claimed = jdbi.withHandle(h -> h.createUpdate("update booking set text_reminded_at = :at where id = :id "
                    + "and text_reminded_at is null").bind("at", Timestamp.from(clock.instant())).bind("id", b.id())
                    .execute());
            if (claimed == 1) {
                texts.send(b.mobile(), "【崂山区政务服务中心】明日预约提醒：预约号 " + b.number() + "，" + b.day() + " "
                        + b.starts() + "，" + bookings.placeOf(b) + "。请携带身份证件按时到达，到达后凭预约号或二维码签到。");
                sent++;
            }
        }
        return sent;
    }

    /**
     * Checks and uses up the code of {@code mobile} for another public page of the plugin (the free agency's one-tap
     * order): the same codes, limits and refusal as the booking page's.
     */
    public void verifyCode(String mobile, String code) {
        verify(mobile, code);
    }

    /** Checks and uses up the code of {@code mobile}: refused when wrong, expired, tried too often or never sent. */
    void verify(String mobile, String code) {
        String m = mobile == null ? "" : mobile.strip();
        String c = code == null ? "" : code.strip();
        Instant now = clock.instant();
        boolean ok = jdbi.inTransaction(h -> {
            // count the try first, so that concurrent guesses cannot pass the limit
            int counted = h.createUpdate("update one_time_code set attempts = attempts + 1 where mobile = :mobile "
                    + "and attempts < :max and expires_at > :now").bind("mobile", m).bind("max", MAX_ATTEMPTS)
                    .bind("now", Timestamp.from(now)).execute();
            if (counted == 0) {
                return false;
            }
            String stored = h.createQuery("select code_hash from one_time_code where mobile = :mobile").bind("mobile", m)
                    .mapTo(String.class).one();
            if (!MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                    hash(m, c).getBytes(StandardCharsets.US_ASCII))) {
                return false;
            }
            h.createUpdate("delete from one_time_code where mobile = :mobile").bind("mobile", m).execute();
            return true;
        });
        if (!ok) {
            throw new RefusedException("code", "servicehall.error.code");
        }
    }

    private static String hash(String mobile, String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((mobile + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
