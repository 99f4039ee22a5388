package cn.gov.laoshan.district.servicehall;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.notify.TextMessages;
import cn.gov.laoshan.district.api.data.PluginDatabase;
import cn.gov.laoshan.district.api.plugin.Audience;
import cn.gov.laoshan.district.api.plugin.ClientAddress;
import cn.gov.laoshan.district.api.plugin.PublicScreen;
import cn.gov.laoshan.district.api.plugin.DashboardWidget;
import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.api.plugin.PlatformInfo;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.plugin.ScheduledJob;
import cn.gov.laoshan.district.api.plugin.Screen;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.servicehall.founding.service.FoundingDemo;
import cn.gov.laoshan.district.servicehall.founding.service.FoundingRepository;
import cn.gov.laoshan.district.servicehall.founding.service.FoundingService;
import cn.gov.laoshan.district.servicehall.founding.service.FoundingWorkflow;
import cn.gov.laoshan.district.servicehall.founding.ui.FoundingView;
import cn.gov.laoshan.district.servicehall.founding.ui.FoundingWidget;
import cn.gov.laoshan.district.servicehall.founding.ui.PartnerOrdersView;
import cn.gov.laoshan.district.servicehall.founding.ui.PublicFoundingView;
import cn.gov.laoshan.district.servicehall.helpdesk.service.HelpdeskDemo;
import cn.gov.laoshan.district.servicehall.helpdesk.service.HelpdeskRepository;
import cn.gov.laoshan.district.servicehall.helpdesk.service.HelpdeskService;
import cn.gov.laoshan.district.servicehall.helpdesk.service.HelpdeskWorkflow;
import cn.gov.laoshan.district.servicehall.helpdesk.ui.HelpdeskFiguresView;
import cn.gov.laoshan.district.servicehall.helpdesk.ui.HelpdeskView;
import cn.gov.laoshan.district.servicehall.helpdesk.ui.HelpdeskWidget;
import cn.gov.laoshan.district.servicehall.helpdesk.ui.PublicHelpRequestView;
import cn.gov.laoshan.district.uikit.DemoSeeding;
import cn.gov.laoshan.district.servicehall.service.BookingRepository;
import cn.gov.laoshan.district.servicehall.service.BookingService;
import cn.gov.laoshan.district.servicehall.service.CapacityRepository;
import cn.gov.laoshan.district.servicehall.service.CapacityService;
import cn.gov.laoshan.district.servicehall.service.CatalogueRepository;
import cn.gov.laoshan.district.servicehall.service.CatalogueService;
import cn.gov.laoshan.district.servicehall.service.DemoHall;
import cn.gov.laoshan.district.servicehall.service.HallRepository;
import cn.gov.laoshan.district.servicehall.service.HallService;
import cn.gov.laoshan.district.servicehall.service.PublicBooking;
import cn.gov.laoshan.district.servicehall.service.QueueRepository;
import cn.gov.laoshan.district.servicehall.service.QueueService;
import cn.gov.laoshan.district.servicehall.service.QueueSignals;
import cn.gov.laoshan.district.servicehall.service.RatingRepository;
import cn.gov.laoshan.district.servicehall.service.RatingService;
import cn.gov.laoshan.district.servicehall.service.ServiceHallRoles;
import cn.gov.laoshan.district.servicehall.service.TextOutbox;
import cn.gov.laoshan.district.servicehall.ui.BookingsView;
import cn.gov.laoshan.district.servicehall.ui.CapacityView;
import cn.gov.laoshan.district.servicehall.ui.CatalogueView;
import cn.gov.laoshan.district.servicehall.ui.EnterpriseBookingsView;
import cn.gov.laoshan.district.servicehall.ui.HallDisplayView;
import cn.gov.laoshan.district.servicehall.ui.HallsView;
import cn.gov.laoshan.district.servicehall.ui.PublicBookingView;
import cn.gov.laoshan.district.servicehall.ui.QueueView;
import cn.gov.laoshan.district.servicehall.ui.RectificationsView;
import cn.gov.laoshan.district.servicehall.ui.TextOutboxView;
import cn.gov.laoshan.district.servicehall.ui.TodayWidget;
import cn.gov.laoshan.district.uikit.PluginSupport;
import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.api.notify.Notifications;
import cn.gov.laoshan.district.servicehall.experience.domain.FindingDeadlines;
import cn.gov.laoshan.district.servicehall.experience.service.ExperienceDemo;
import cn.gov.laoshan.district.servicehall.experience.service.ExperienceRepository;
import cn.gov.laoshan.district.servicehall.experience.service.ExperienceRoles;
import cn.gov.laoshan.district.servicehall.experience.service.ExperienceService;
import cn.gov.laoshan.district.servicehall.experience.service.FindingAttachments;
import cn.gov.laoshan.district.servicehall.experience.ui.ExperienceLedgerView;
import cn.gov.laoshan.district.servicehall.experience.ui.ExperienceWidget;
import cn.gov.laoshan.district.servicehall.experience.ui.OfficerTasksView;
import cn.gov.laoshan.district.servicehall.experience.ui.PublicOfficerApplicationView;
import cn.gov.laoshan.district.api.identity.IndividualAccounts;
import cn.gov.laoshan.district.servicehall.experience.ui.UnitFindingsView;
import cn.gov.laoshan.district.servicehall.salon.service.SalonRoles;
import cn.gov.laoshan.district.servicehall.salon.service.SalonService;
import cn.gov.laoshan.district.servicehall.salon.ui.EnterpriseSalonView;
import cn.gov.laoshan.district.servicehall.salon.service.SalonMinutesFiles;
import cn.gov.laoshan.district.servicehall.salon.ui.SalonEventView;
import cn.gov.laoshan.district.servicehall.salon.ui.SalonView;
import cn.gov.laoshan.district.api.project.ProjectDirectory;

/**
 * 政务服务大厅 (government service hall): the service item catalogue, halls, appointments. The plugin's services are
 * made here from the platform's and handed to the views in their constructors.
 */
@Component(service = DistrictPlugin.class)
public class ServicehallPlugin implements DistrictPlugin {

    private final PluginSupport<Void> kit;
    private final CatalogueService catalogue;
    private final HallService halls;
    private final CapacityService capacity;
    private final BookingService bookings;
    private final QueueService queue;
    private final RatingService ratings;
    private final PublicBooking publicBooking;
    private final TextOutbox outbox;
    private final boolean demo;
    private final AccessControl access;
    private final ClientAddress clientAddress;
    private final Timeline timeline;
    private final HelpdeskService helpdesk;
    private final FoundingService founding;
    // 政务体验官 and 会客厅 (issue 26)
    private final ExperienceService experience;
    private final FindingAttachments findingFiles;
    private final SalonService salon;
    private final Supplier<Optional<Attachments>> attachments;
    private final SalonMinutesFiles minutesFiles;
    private final Supplier<Optional<ProjectDirectory>> projects;
    private final Function<String, Optional<String>> enterpriseNames;

    @Activate
    public ServicehallPlugin(@Reference PluginDatabase database, @Reference AccessControl access,
            @Reference AuditLog audit, @Reference WorkingDayCalendar calendar, @Reference PlatformInfo platform,
            @Reference ClientAddress clientAddress, BundleContext bundle,
            @Reference Timeline timeline) {
        this.clientAddress = clientAddress;
        this.kit = PluginSupport.open(bundle, null);
        // the platform's clock: the system's in production, the moved one of a test that moves the platform's time
        Clock clock = platform.clock();
        Supplier<Optional<EventAdmin>> eventAdmin = kit.optional(EventAdmin.class);
        this.catalogue = new CatalogueService(new CatalogueRepository(database.jdbi()), access, audit, clock);
        this.halls = new HallService(new HallRepository(database.jdbi()), access, audit, calendar);
        CapacityRepository places = new CapacityRepository(database.jdbi());
        this.capacity = new CapacityService(places, halls, access, audit);
        this.bookings = new BookingService(new BookingRepository(database.jdbi()), places, catalogue, halls, access,
                audit, new RecordEvents("servicehall/booking", () -> eventAdmin.get().orElse(null), access, clock),
                kit.optional(Reminders.class), clock);
        // texts go to the district's SMS gateway (an api.notify TextMessages service) when one is registered, else
        // to the plugin's outbox table (the demo's, where the hall's staff can read them)
        this.outbox = new TextOutbox(database.jdbi(), clock);
        Supplier<Optional<TextMessages>> gateway = kit.optional(TextMessages.class);
        TextMessages texts = (mobile, text) -> gateway.get().orElse(outbox).send(mobile, text);
        this.demo = platform.demo();
        this.access = access;
        QueueRepository visits = new QueueRepository(database.jdbi());
        this.queue = new QueueService(visits, bookings, catalogue, halls, access, audit, new QueueSignals(), clock);
        this.ratings = new RatingService(new RatingRepository(database.jdbi()), visits, catalogue, access, audit,
                calendar, clock);
        this.publicBooking = new PublicBooking(database.jdbi(), bookings, texts, ratings, visits, clock);
        this.attachments = kit.optional(Attachments.class);
        // an online application's approval makes the officer's individual account (identity, through the api) and
        // texts its first password to the mobile the person proved
        this.experience = new ExperienceService(new ExperienceRepository(database.jdbi()), access, audit,
                new FindingDeadlines(calendar), kit.optional(Notifications.class),
                kit.optional(IndividualAccounts.class), texts, clock);
        this.findingFiles = new FindingAttachments(experience, access);
        this.salon = new SalonService(database.jdbi(), access, audit, clock);
        this.minutesFiles = new SalonMinutesFiles(salon, access);
        // the housing plugin's projects for a joint consultation (联合会商), when it runs
        this.projects = kit.optional(ProjectDirectory.class);
        // 帮办代办 and the free agency (issue 26): their own services, demo seeded on its own progress row
        this.timeline = timeline;
        this.helpdesk = new HelpdeskService(new HelpdeskRepository(database.jdbi()), catalogue, access, audit, timeline,
                new RecordEvents("servicehall/helpdesk", () -> eventAdmin.get().orElse(null), access, clock), clock);
        Supplier<Optional<EnterpriseRegistry>> registry = kit.optional(EnterpriseRegistry.class);
        // an enterprise's name by the USCC: the agency's registration and the 会客厅's registrations name enterprises
        // the registry may know (a look-up, not a permission of the user: they hold no registry permission)
        this.enterpriseNames = uscc -> registry.get().flatMap(r -> access.asSystem(() -> r.find(Uscc.parse(uscc))))
                .map(e -> e.name());
        this.founding = new FoundingService(new FoundingRepository(database.jdbi()), access, audit, timeline,
                new RecordEvents("servicehall/founding", () -> eventAdmin.get().orElse(null), access, clock), texts,
                enterpriseNames, clock);
        // one demo seeding in parts (the kit's DemoSeeding.Part), so that the demo data counts as done only when all
        // are: a month at the district centre (through the services on a moved clock), then 帮办代办 and the free
        // agency, then the officers' year and a year of 会客厅 events. Each part is resumable: a first start killed
        // half-way carries on with what is not yet made; the parts keep the progress rows they had apart.
        kit.seedDemo(platform, access, database.dataSource(),
                new DemoSeeding.Part("servicehall-demo-data", () -> false,
                        stopping -> DemoHall.seed(database.jdbi(), access, audit, calendar,
                                new RecordEvents("servicehall/booking", () -> eventAdmin.get().orElse(null), access,
                                        clock), LocalDate.now(clock.withZone(cn.gov.laoshan.district.uikit.Dates.BEIJING)), stopping)),
                new DemoSeeding.Part("servicehall-helpdesk-demo", () -> false,
                        stopping -> HelpdeskDemo.seed(helpdesk, stopping) + ", " + FoundingDemo.seed(founding, stopping)),
                new DemoSeeding.Part("servicehall-experience-demo", () -> false,
                        stopping -> ExperienceDemo.seed(database.jdbi(), access, audit, calendar,
                                LocalDate.now(clock.withZone(cn.gov.laoshan.district.uikit.Dates.BEIJING)), stopping)));
    }

    @Deactivate
    void deactivate() {
        kit.close();
    }

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(ServiceHallRoles.PLUGIN, "servicehall.plugin.name", ServiceHallRoles.DEPARTMENT,
                "servicehall.department");
    }

    @Override
    public List<Screen> screens() {
        List<Screen> screens = List.of(
                Screen.builder("catalogue", CatalogueView.class, () -> new CatalogueView(catalogue))
                        .title("servicehall.screen.catalogue").icon("vaadin:list").order(10)
                        .permission(ServiceHallRoles.CATALOGUE_READ).build(),
                Screen.builder("bookings", BookingsView.class, () -> new BookingsView(bookings, queue, halls, catalogue))
                        .title("servicehall.screen.bookings").icon("vaadin:calendar-clock").order(20)
                        .permission(ServiceHallRoles.BOOKING_MANAGE).build(),
                Screen.builder("queue", QueueView.class, () -> new QueueView(queue, ratings, halls, catalogue))
                        .title("servicehall.screen.queue").icon("vaadin:bell").order(30)
                        .permission(ServiceHallRoles.BOOKING_MANAGE).build(),
                Screen.builder("display", HallDisplayView.class, () -> new HallDisplayView(queue, halls))
                        .title("servicehall.screen.display").icon("vaadin:desktop").order(40)
                        .permission(ServiceHallRoles.BOOKING_MANAGE).build(),
                Screen.builder("capacity", CapacityView.class, () -> new CapacityView(capacity, halls))
                        .title("servicehall.screen.capacity").icon("vaadin:grid-small").order(50)
                        .permission(ServiceHallRoles.CAPACITY_MANAGE).build(),
                Screen.builder("halls", HallsView.class, () -> new HallsView(halls))
                        .title("servicehall.screen.halls").icon("vaadin:building").order(55)
                        .permission(ServiceHallRoles.HALL_MANAGE).build(),
                Screen.builder("rectifications", RectificationsView.class, () -> new RectificationsView(ratings))
                        .title("servicehall.screen.rectifications").icon("vaadin:thumbs-down").order(60)
                        .permission(ServiceHallRoles.RATING_RESPOND).build(),
                Screen.builder("my-bookings", EnterpriseBookingsView.class,
                        () -> new EnterpriseBookingsView(bookings, halls, catalogue))
                        .title("servicehall.screen.my-bookings").icon("vaadin:calendar-user").order(70)
                        .permission(ServiceHallRoles.BOOKING_ENTERPRISE).audience(Audience.ENTERPRISE).build());
        screens = java.util.stream.Stream.concat(screens.stream(), issue26Screens().stream()).toList();
        screens = new java.util.ArrayList<>(screens);
        screens.addAll(List.of(
                Screen.builder("experience-tasks", OfficerTasksView.class,
                        () -> new OfficerTasksView(experience, attachments, findingFiles))
                        .title("servicehall.screen.experience-tasks").icon("vaadin:clipboard-check").order(90)
                        .permission(ExperienceRoles.TASK).audience(Audience.INDIVIDUAL).build(),
                Screen.builder("experience-findings", ExperienceLedgerView.class,
                        () -> new ExperienceLedgerView(experience, attachments, findingFiles))
                        .title("servicehall.screen.experience-findings").icon("vaadin:clipboard-user").order(62)
                        .permission(ExperienceRoles.MANAGE).build(),
                Screen.builder("experience-unit", UnitFindingsView.class,
                        () -> new UnitFindingsView(experience, attachments, findingFiles))
                        .title("servicehall.screen.experience-unit").icon("vaadin:tools").order(64)
                        .permission(ExperienceRoles.FIX).build(),
                Screen.builder("salon", SalonView.class, () -> new SalonView(salon, projects))
                        .title("servicehall.screen.salon").icon("vaadin:coffee").order(66)
                        .permission(SalonRoles.MANAGE).build(),
                Screen.builder("salon/:id", SalonEventView.class,
                        () -> new SalonEventView(salon, projects, attachments, minutesFiles, enterpriseNames))
                        .title("servicehall.screen.salon-event").permission(SalonRoles.MANAGE).build(),
                Screen.builder("salon-events", EnterpriseSalonView.class, () -> new EnterpriseSalonView(salon, attachments, minutesFiles))
                        .title("servicehall.screen.salon-events").icon("vaadin:coffee").order(75)
                        .permission(SalonRoles.REGISTER).audience(Audience.ENTERPRISE).build()));
        screens = List.copyOf(screens);
        if (!demo) {
            return screens;
        }
        // the demo's text outbox (one-time codes in it): on demo homes only
        List<Screen> withOutbox = new java.util.ArrayList<>(screens);
        withOutbox.add(Screen.builder("outbox", TextOutboxView.class, () -> new TextOutboxView(outbox, access))
                .title("servicehall.screen.outbox").icon("vaadin:envelopes").order(80)
                .permission(ServiceHallRoles.BOOKING_MANAGE).build());
        return List.copyOf(withOutbox);
    }

    /** 帮办代办 and the free agency's screens. */
    private List<Screen> issue26Screens() {
        return List.of(
                Screen.builder("helpdesk", HelpdeskView.class,
                        () -> new HelpdeskView(helpdesk, catalogue, access, timeline))
                        .title("servicehall.screen.helpdesk").icon("vaadin:handshake").order(90)
                        .permission(HelpdeskWorkflow.READ).build(),
                Screen.builder("helpdesk-figures", HelpdeskFiguresView.class,
                        () -> new HelpdeskFiguresView(helpdesk, access))
                        .title("servicehall.screen.helpdesk-figures").icon("vaadin:chart").order(91)
                        .permission(HelpdeskWorkflow.READ).build(),
                Screen.builder("founding", FoundingView.class, () -> new FoundingView(founding, access, timeline))
                        .title("servicehall.screen.founding").icon("vaadin:office").order(92)
                        .permission(FoundingWorkflow.READ).build(),
                Screen.builder("agency-orders", PartnerOrdersView.Agency.class,
                        () -> new PartnerOrdersView.Agency(founding, timeline))
                        .title("servicehall.screen.agency-orders").icon("vaadin:briefcase").order(93)
                        .permission(FoundingWorkflow.AGENCY).audience(Audience.ENTERPRISE).build(),
                Screen.builder("seal-orders", PartnerOrdersView.Engraver.class,
                        () -> new PartnerOrdersView.Engraver(founding, timeline))
                        .title("servicehall.screen.seal-orders").icon("vaadin:diploma").order(94)
                        .permission(FoundingWorkflow.ENGRAVE).audience(Audience.ENTERPRISE).build());
    }

    @Override
    public List<PublicScreen> publicScreens() {
        // the residents' booking page: no account; served at /servicehall/book in the platform's public layout
        return List.of(PublicScreen.of("book", PublicBookingView.class,
                () -> new PublicBookingView(publicBooking, bookings, halls, catalogue, clientAddress),
                "servicehall.public.title"),
                // founders order the free agency with its free seals in one tap: /servicehall/founding-order
                PublicScreen.of("founding-order", PublicFoundingView.class,
                        () -> new PublicFoundingView(founding, publicBooking, clientAddress),
                        "servicehall.founding.public.title"),
                // residents ask 帮办代办 / 入户办 for a relative online: /servicehall/help-request
                PublicScreen.of("help-request", PublicHelpRequestView.class,
                        () -> new PublicHelpRequestView(helpdesk, catalogue, publicBooking, clientAddress),
                        "servicehall.helpdesk.public.title"),
                // a person applies to be a 政务体验官: /servicehall/experience-apply
                PublicScreen.of("experience-apply", PublicOfficerApplicationView.class,
                        () -> new PublicOfficerApplicationView(experience, publicBooking, clientAddress),
                        "servicehall.experience.apply.title"));
    }

    @Override
    public List<DashboardWidget> widgets() {
        return List.of(new DashboardWidget("today", "servicehall.widget.title",
                () -> new TodayWidget(bookings, queue, halls, ratings), 40, 2, ServiceHallRoles.BOOKING_MANAGE),
                new DashboardWidget("helpdesk", "servicehall.helpdesk.widget.title", () -> new HelpdeskWidget(helpdesk),
                        41, 1, HelpdeskWorkflow.READ),
                new DashboardWidget("founding", "servicehall.founding.widget.title", () -> new FoundingWidget(founding),
                        42, 1, FoundingWorkflow.READ),
                new DashboardWidget("experience", "servicehall.widget.experience",
                        () -> new ExperienceWidget(experience, salon), 45, 1, ExperienceRoles.MANAGE));
    }

    @Override
    public List<ScheduledJob> jobs() {
        // after the halls close: bookings of the day never checked in count as no-shows
        return List.of(ScheduledJob.daily("no-shows", LocalTime.of(21, 0), bookings::markNoShows),
                // residents with a booking tomorrow get one text each (the enterprise's come to its inbox)
                ScheduledJob.daily("text-reminders", LocalTime.of(17, 0), publicBooking::sendReminders),
                // officers whose one-year term has ended take no more tasks
                ScheduledJob.daily("experience-terms", LocalTime.of(0, 30), experience::expireTerms));
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(ServiceHallRoles.CATALOGUE_READ, "servicehall.permission.catalogue-read"),
                new PermissionDefinition(ServiceHallRoles.CATALOGUE_MANAGE, "servicehall.permission.catalogue-manage"),
                new PermissionDefinition(ServiceHallRoles.HALL_MANAGE, "servicehall.permission.hall-manage"),
                new PermissionDefinition(ServiceHallRoles.CAPACITY_MANAGE, "servicehall.permission.capacity-manage"),
                new PermissionDefinition(ServiceHallRoles.BOOKING_MANAGE, "servicehall.permission.booking-manage"),
                new PermissionDefinition(ServiceHallRoles.BOOKING_ENTERPRISE,
                        "servicehall.permission.booking-enterprise"),
                new PermissionDefinition(ServiceHallRoles.RATING_RESPOND, "servicehall.permission.rating-respond"),
                new PermissionDefinition(ServiceHallRoles.RATING_REVIEW, "servicehall.permission.rating-review"),
                new PermissionDefinition(HelpdeskWorkflow.READ, "servicehall.permission.helpdesk-read"),
                new PermissionDefinition(HelpdeskWorkflow.TAKE, "servicehall.permission.helpdesk-take"),
                new PermissionDefinition(HelpdeskWorkflow.HANDLE, "servicehall.permission.helpdesk-handle"),
                new PermissionDefinition(HelpdeskWorkflow.MANAGE, "servicehall.permission.helpdesk-manage"),
                new PermissionDefinition(FoundingWorkflow.READ, "servicehall.permission.founding-read"),
                new PermissionDefinition(FoundingWorkflow.MANAGE, "servicehall.permission.founding-manage"),
                new PermissionDefinition(FoundingWorkflow.AGENCY, "servicehall.permission.founding-agency"),
                new PermissionDefinition(FoundingWorkflow.ENGRAVE, "servicehall.permission.founding-engrave"),
                new PermissionDefinition(ExperienceRoles.MANAGE, "servicehall.permission.experience-manage"),
                new PermissionDefinition(ExperienceRoles.TASK, "servicehall.permission.experience-task"),
                new PermissionDefinition(ExperienceRoles.FIX, "servicehall.permission.experience-fix"),
                new PermissionDefinition(SalonRoles.MANAGE, "servicehall.permission.salon-manage"),
                new PermissionDefinition(SalonRoles.REGISTER, "servicehall.permission.salon-register"));
    }

    @Override
    public List<DemoRole> demoRoles() {
        return java.util.stream.Stream.of(ServiceHallRoles.DEMO_ROLES, HelpdeskWorkflow.DEMO_ROLES,
                FoundingWorkflow.DEMO_ROLES, ExperienceRoles.DEMO_ROLES, SalonRoles.DEMO_ROLES).flatMap(List::stream)
                .toList();
    }
}
