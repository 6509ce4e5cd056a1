"""Words the generator names the customer side with: plausible, not meaningful.

Every list is a tuple so that the generator, which picks from them with its own seeded
``random.Random``, gives the same document for the same seed on every run.
"""

PRODUCT_LINES = (
    "Home broadband",
    "Mobile",
    "Business fibre",
    "Home insurance",
    "Car insurance",
    "Current accounts",
    "Mortgages",
    "Energy",
    "Streaming TV",
    "Smart home",
    "Travel",
    "Health plans",
)

PERSONA_NAMES = (
    "Priya",
    "Tom",
    "Amara",
    "Jonas",
    "Mei",
    "Carlos",
    "Fatima",
    "Oliver",
    "Sofia",
    "Kwame",
    "Lena",
    "Ravi",
)

PERSONA_TRAITS = (
    ("the remote-working professional", "Home workers, 28-45"),
    ("the price-conscious parent", "Value families"),
    ("the busy small-business owner", "Micro businesses"),
    ("the first-time customer", "Young adults, 18-25"),
    ("the digitally hesitant retiree", "Over 65s"),
    ("the loyal long-standing customer", "Customers of 5+ years"),
    ("the frequent mover", "Renters in cities"),
    ("the power user", "Early adopters"),
)

JOB_VERBS = ("Get", "Keep", "Restore", "Change", "Understand", "Cancel", "Upgrade", "Pay for")

JOB_OBJECTS = (
    "the service working at a new address",
    "costs predictable month to month",
    "a broken service",
    "the plan to fit changing needs",
    "what is being paid for",
    "a contract without hassle",
    "to a better product",
    "the service on time",
)

OUTCOME_STEMS = (
    "Minimize the time to",
    "Minimize the effort to",
    "Minimize the likelihood of having to",
    "Maximize the confidence to",
    "Minimize the number of contacts needed to",
    "Maximize the clarity about how to",
)

OUTCOME_OBJECTS = (
    "get started",
    "find the right option",
    "know what happens next",
    "resolve a problem",
    "prove who they are",
    "pay the right amount",
    "change a detail",
    "get a decision",
)

JOURNEY_NAMES = (
    "Join and get started",
    "Report and fix a problem",
    "Understand the bill",
    "Change the plan",
    "Move home",
    "Make a claim",
    "Renew or leave",
    "Add a product",
)

STAGE_NAMES = (
    "Discover",
    "Compare",
    "Decide",
    "Apply",
    "Wait",
    "Set up",
    "Use",
    "Get help",
    "Pay",
    "Review",
    "Renew",
    "Leave",
)

STEP_VERBS = (
    "Check",
    "Compare",
    "Fill in",
    "Upload",
    "Confirm",
    "Call about",
    "Chat about",
    "Read",
    "Wait for",
    "Pay",
    "Book",
    "Track",
    "Cancel",
    "Change",
    "Review",
)

STEP_OBJECTS = (
    "the offer",
    "the eligibility",
    "the application form",
    "identity documents",
    "the order",
    "the appointment",
    "the bill",
    "the contract terms",
    "the delivery",
    "the refund",
    "the account details",
    "the status",
    "the welcome pack",
    "the renewal price",
)

CHANNELS = (
    ("website", "Website", "digital"),
    ("mobile-app", "Mobile app", "digital"),
    ("web-chat", "Web chat", "digital"),
    ("chatbot", "Chatbot", "digital"),
    ("email", "Email", "digital"),
    ("sms", "SMS", "digital"),
    ("contact-centre", "Contact centre (phone)", "assisted"),
    ("video-call", "Video call with an adviser", "assisted"),
    ("branch", "Branch or shop", "physical"),
    ("letter", "Letter", "physical"),
    ("field-visit", "Home visit", "physical"),
    ("partner", "Partner or broker", "partner"),
    ("comparison-sites", "Price comparison sites", "partner"),
)

TOUCHPOINT_FORMS = (
    "page",
    "form",
    "notification",
    "conversation",
    "confirmation",
    "reminder",
    "screen",
    "visit",
)

PAIN_TEMPLATES = (
    "Has to repeat the same information",
    "Waits too long for an answer",
    "Cannot find the status online",
    "Form rejects valid details",
    "Unexpected charge appears",
    "Appointment missed without warning",
    "Gets conflicting answers from different channels",
    "Confirmation never arrives",
    "Has to call because the app fails",
    "Terms are hard to understand",
)

ROOT_CAUSES = (
    "Systems do not share the case history",
    "Manual hand-off between teams",
    "Batch interface runs overnight",
    "Capacity planned on last year's demand",
    "Validation rules out of date",
    None,
)

EVIDENCE_KINDS = (
    "service_shadow",
    "photo",
    "survey",
    "analytics",
    "call_center",
    "review",
    "social",
    "interview",
    "email",
)
