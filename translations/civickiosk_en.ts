<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AdminScreen</name>
        <message>
            <source>Kiosk administration</source>
            <translation>Kiosk administration</translation>
        </message>
        <message>
            <source>Submissions in the outbox</source>
            <translation>Submissions in the outbox</translation>
        </message>
        <message>
            <source>Last delivery</source>
            <translation>Last delivery</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Last error</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Kiosk</source>
            <translation>Kiosk</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <source>Try to send every waiting submission now</source>
            <translation>Try to send every waiting submission now</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>End session</translation>
        </message>
        <message>
            <source>Clear everything from the current session and go back to the welcome screen</source>
            <translation>Clear everything from the current session and go back to the welcome screen</translation>
        </message>
        <message>
            <source>Restart kiosk</source>
            <translation>Restart kiosk</translation>
        </message>
        <message>
            <source>Exit kiosk</source>
            <translation>Exit kiosk</translation>
        </message>
        <message>
            <source>Close the kiosk program; the machine stays on</source>
            <translation>Close the kiosk program; the machine stays on</translation>
        </message>
        <message>
            <source>Close</source>
            <comment>leave the admin screen</comment>
            <translation>Close</translation>
        </message>
        <message>
            <source>Use of this kiosk today</source>
            <translation>Use of this kiosk today</translation>
        </message>
        <message>
            <source>Counts only. Nothing about any one person is kept or shown.</source>
            <translation>Counts only. Nothing about any one person is kept or shown.</translation>
        </message>
        <message>
            <source>Close the kiosk program; the system starts it again</source>
            <translation>Close the kiosk program; the system starts it again</translation>
        </message>
        <message>
            <source>Back to the screen the kiosk was showing</source>
            <translation>Back to the screen the kiosk was showing</translation>
        </message>
    </context>
    <context>
        <name>AnswerFormatter</name>
        <message>
            <source>Not answered</source>
            <translation>Not answered</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>CheckAnswersScreen</name>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Accept and send</source>
            <translation>Accept and send</translation>
        </message>
        <message>
            <source>Check your answers before sending</source>
            <translation>Check your answers before sending</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Not answered</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Change your answer to: %1</source>
            <translation>Change your answer to: %1</translation>
        </message>
        <message>
            <source>Now send your answers</source>
            <translation>Now send your answers</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation>Start again</translation>
        </message>
        <message>
            <source>Clear all your answers and go back to the first screen</source>
            <translation>Clear all your answers and go back to the first screen</translation>
        </message>
        <message>
            <source>Send your form to the council</source>
            <translation>Send your form to the council</translation>
        </message>
        <message>
            <source>By sending this form you confirm that your answers are correct, as far as you know.</source>
            <translation>By sending this form you confirm that your answers are correct, as far as you know.</translation>
        </message>
        <message>
            <source>Who receives your answers</source>
            <translation>Who receives your answers</translation>
        </message>
        <message>
            <source>Why we need them</source>
            <translation>Why we need them</translation>
        </message>
        <message>
            <source>How long we keep them</source>
            <translation>How long we keep them</translation>
        </message>
        <message>
            <source>What is published</source>
            <translation>What is published</translation>
        </message>
        <message>
            <source>How we use your answers</source>
            <translation>How we use your answers</translation>
        </message>
    </context>
    <context>
        <name>ConfirmationScreen</name>
        <message>
            <source>Finish</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>Clear this screen for the next person</source>
            <translation>Clear this screen for the next person</translation>
        </message>
        <message>
            <source>Your form has been sent. Your reference number is %1</source>
            <translation>Your form has been sent. Your reference number is %1</translation>
        </message>
        <message>
            <source>Your form has been sent</source>
            <translation>Your form has been sent</translation>
        </message>
        <message>
            <source>Your reference number</source>
            <translation>Your reference number</translation>
        </message>
        <message>
            <source>Write this number down or take a photo of it. You can use it to check what is happening with your form.</source>
            <translation>Write this number down or take a photo of it. You can use it to check what is happening with your form.</translation>
        </message>
        <message>
            <source>What happens next</source>
            <translation>What happens next</translation>
        </message>
        <message>
            <source>Tell us how this went</source>
            <translation>Tell us how this went</translation>
        </message>
        <message>
            <source>Five faces and an optional comment. Your name is not sent.</source>
            <translation>Five faces and an optional comment. Your name is not sent.</translation>
        </message>
        <message>
            <source>Your form is saved on this kiosk. The kiosk sends it to the council by itself. You do not need to wait.</source>
            <translation>Your form is saved on this kiosk. The kiosk sends it to the council by itself. You do not need to wait.</translation>
        </message>
        <message>
            <source>When you press Finish, your answers are cleared from this kiosk.</source>
            <translation>When you press Finish, your answers are cleared from this kiosk.</translation>
        </message>
        <message>
            <source>QR code of your reference number</source>
            <translation>QR code of your reference number</translation>
        </message>
        <message>
            <source>Print my answers too</source>
            <translation>Print my answers too</translation>
        </message>
        <message>
            <source>The page will then have your personal details on it. Take it with you.</source>
            <translation>The page will then have your personal details on it. Take it with you.</translation>
        </message>
        <message>
            <source>Print another receipt</source>
            <translation>Print another receipt</translation>
        </message>
        <message>
            <source>Print a receipt</source>
            <translation>Print a receipt</translation>
        </message>
        <message>
            <source>A page with your reference number, its QR code and what happens next</source>
            <translation>A page with your reference number, its QR code and what happens next</translation>
        </message>
        <message>
            <source>Printing your receipt…</source>
            <translation>Printing your receipt…</translation>
        </message>
        <message>
            <source>Your receipt has printed. Take it from the printer.</source>
            <translation>Your receipt has printed. Take it from the printer.</translation>
        </message>
        <message>
            <source>The printer is out of paper. Take a photo of the QR code or write down your reference number, or ask a member of staff.</source>
            <translation>The printer is out of paper. Take a photo of the QR code or write down your reference number, or ask a member of staff.</translation>
        </message>
        <message>
            <source>The printer is not working at the moment. Take a photo of the QR code or write down your reference number, or ask a member of staff.</source>
            <translation>The printer is not working at the moment. Take a photo of the QR code or write down your reference number, or ask a member of staff.</translation>
        </message>
        <message>
            <source>Your receipt could not be printed. Take a photo of the QR code or write down your reference number, or ask a member of staff.</source>
            <translation>Your receipt could not be printed. Take a photo of the QR code or write down your reference number, or ask a member of staff.</translation>
        </message>
    </context>
    <context>
        <name>ConsentScreen</name>
        <message>
            <source>Help from staff</source>
            <translation>Help from staff</translation>
        </message>
        <message>
            <source>No, thank you</source>
            <translation>No, thank you</translation>
        </message>
        <message>
            <source>The helper can see your answers and type them for you if you ask</source>
            <translation>The helper can see your answers and type them for you if you ask</translation>
        </message>
        <message>
            <source>Would you like %1 to help you?</source>
            <translation>Would you like %1 to help you?</translation>
        </message>
        <message>
            <source>The council will be told that you had help. It will not be told who helped you.</source>
            <translation>The council will be told that you had help. It will not be told who helped you.</translation>
        </message>
        <message>
            <source>Yes, I would like help</source>
            <translation>Yes, I would like help</translation>
        </message>
        <message>
            <source>%1 works for %2. If you say yes, they can see what you type. They can also type for you if you ask.</source>
            <translation>%1 works for %2. If you say yes, they can see what you type. They can also type for you if you ask.</translation>
        </message>
        <message>
            <source>%1 is a member of staff here. If you say yes, they can see what you type. They can also type for you if you ask.</source>
            <translation>%1 is a member of staff here. If you say yes, they can see what you type. They can also type for you if you ask.</translation>
        </message>
        <message>
            <source>Nothing is kept on this kiosk after you finish. You can say no and carry on by yourself.</source>
            <translation>Nothing is kept on this kiosk after you finish. You can say no and carry on by yourself.</translation>
        </message>
    </context>
    <context>
        <name>ContrastToggle</name>
        <message>
            <source>High contrast: on</source>
            <translation>High contrast: on</translation>
        </message>
        <message>
            <source>High contrast: off</source>
            <translation>High contrast: off</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>High contrast</translation>
        </message>
        <message>
            <source>Yellow and white writing on black</source>
            <translation>Yellow and white writing on black</translation>
        </message>
    </context>
    <context>
        <name>DisplayOptionsPage</name>
        <message>
            <source>Display and language</source>
            <translation>Display and language</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Text size</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Back to the screen</source>
            <translation>Back to the screen</translation>
        </message>
        <message>
            <source>Close the display and language options</source>
            <translation>Close the display and language options</translation>
        </message>
    </context>
    <context>
        <name>ErrorSummary</name>
        <message>
            <source>There is a problem</source>
            <translation>There is a problem</translation>
        </message>
    </context>
    <context>
        <name>EvidenceAggregator</name>
        <message>
            <source>The usage counts could not be saved.</source>
            <translation>The usage counts could not be saved.</translation>
        </message>
    </context>
    <context>
        <name>FaceRating</name>
        <message>
            <source>How was this?</source>
            <translation>How was this?</translation>
        </message>
    </context>
    <context>
        <name>FeedbackHold</name>
        <message>
            <source>Feedback cannot be sent from this kiosk.</source>
            <translation>Feedback cannot be sent from this kiosk.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackScreen</name>
        <message>
            <source>How was this?</source>
            <translation>How was this?</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Skip</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Send</translation>
        </message>
        <message>
            <source>Clear this screen for the next person</source>
            <translation>Clear this screen for the next person</translation>
        </message>
        <message>
            <source>Send your answer to the council without your name</source>
            <translation>Send your answer to the council without your name</translation>
        </message>
        <message>
            <source>Choose one face. You do not have to answer.</source>
            <translation>Choose one face. You do not have to answer.</translation>
        </message>
        <message>
            <source>Anything else you want to tell us? (optional)</source>
            <translation>Anything else you want to tell us? (optional)</translation>
        </message>
        <message>
            <source>Thank you. Your answer helps the council make this better.</source>
            <translation>Thank you. Your answer helps the council make this better.</translation>
        </message>
        <message>
            <source>How was using this kiosk?</source>
            <translation>How was using this kiosk?</translation>
        </message>
        <message>
            <source>Do not write your name, address or phone number.</source>
            <translation>Do not write your name, address or phone number.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackSender</name>
        <message>
            <source>Very bad</source>
            <translation>Very bad</translation>
        </message>
        <message>
            <source>Bad</source>
            <translation>Bad</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>Very good</source>
            <translation>Very good</translation>
        </message>
        <message>
            <source>Feedback cannot be sent from this kiosk.</source>
            <translation>Feedback cannot be sent from this kiosk.</translation>
        </message>
        <message>
            <source>Choose one of the faces.</source>
            <translation>Choose one of the faces.</translation>
        </message>
    </context>
    <context>
        <name>FieldDate</name>
        <message>
            <source>For example, 27 3 2026</source>
            <translation>For example, 27 3 2026</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
    </context>
    <context>
        <name>FieldLongText</name>
        <message numerus="yes">
            <source>You can enter up to %n character(s)</source>
            <translation>
                <numerusform>You can enter up to %n character</numerusform>
                <numerusform>You can enter up to %n characters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FieldMultiChoice</name>
        <message>
            <source>Select all that apply.</source>
            <translation>Select all that apply.</translation>
        </message>
    </context>
    <context>
        <name>FieldPostcodeAddress</name>
        <message>
            <source>Building and street</source>
            <translation>Building and street</translation>
        </message>
        <message>
            <source>Building and street, line 1 of 2</source>
            <translation>Building and street, line 1 of 2</translation>
        </message>
        <message>
            <source>Building and street line 2 (optional)</source>
            <translation>Building and street line 2 (optional)</translation>
        </message>
        <message>
            <source>Building and street, line 2 of 2</source>
            <translation>Building and street, line 2 of 2</translation>
        </message>
        <message>
            <source>Town or city</source>
            <translation>Town or city</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
    </context>
    <context>
        <name>FieldYesNo</name>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>FlowSession</name>
        <message>
            <source>No service has been started.</source>
            <translation>No service has been started.</translation>
        </message>
    </context>
    <context>
        <name>Heartbeat</name>
        <message>
            <source>No json destination is configured for heartbeats.</source>
            <translation>No json destination is configured for heartbeats.</translation>
        </message>
    </context>
    <context>
        <name>HelperBanner</name>
        <message>
            <source>You type</source>
            <translation>You type</translation>
        </message>
        <message>
            <source>Let me type</source>
            <translation>Let me type</translation>
        </message>
        <message>
            <source>Give the keyboard back to the person you are helping</source>
            <translation>Give the keyboard back to the person you are helping</translation>
        </message>
        <message>
            <source>The helper types the answers for the person</source>
            <translation>The helper types the answers for the person</translation>
        </message>
        <message>
            <source>Carry on by yourself</source>
            <translation>Carry on by yourself</translation>
        </message>
        <message>
            <source>The helper steps away. Your answers stay on the screen.</source>
            <translation>The helper steps away. Your answers stay on the screen.</translation>
        </message>
        <message>
            <source>Ends this session and clears every answer from the screen</source>
            <translation>Ends this session and clears every answer from the screen</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <source>Staff options</source>
            <translation>Staff options</translation>
        </message>
        <message>
            <source>Typing for the person, stepping away, signing out</source>
            <translation>Typing for the person, stepping away, signing out</translation>
        </message>
        <message>
            <source>Back to the screen</source>
            <translation>Back to the screen</translation>
        </message>
        <message>
            <source>Close the staff options</source>
            <translation>Close the staff options</translation>
        </message>
    </context>
    <context>
        <name>HelperLockout</name>
        <message>
            <source>The helper sign-in record could not be read.</source>
            <translation>The helper sign-in record could not be read.</translation>
        </message>
        <message>
            <source>The helper sign-in record is damaged and was reset.</source>
            <translation>The helper sign-in record is damaged and was reset.</translation>
        </message>
        <message>
            <source>The helper sign-in record could not be saved.</source>
            <translation>The helper sign-in record could not be saved.</translation>
        </message>
    </context>
    <context>
        <name>HelperSession</name>
        <message>
            <source>There is no helper waiting for an answer.</source>
            <translation>There is no helper waiting for an answer.</translation>
        </message>
        <message>
            <source>The person using the kiosk must agree before a helper types for them.</source>
            <translation>The person using the kiosk must agree before a helper types for them.</translation>
        </message>
        <message>
            <source>%1 is typing for you.</source>
            <translation>%1 is typing for you.</translation>
        </message>
        <message>
            <source>%1 is helping you.</source>
            <translation>%1 is helping you.</translation>
        </message>
        <message>
            <source>You are carrying on by yourself.</source>
            <translation>You are carrying on by yourself.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong tries. Wait %n minute(s) and try again, or ask another member of staff.</source>
            <translation>
                <numerusform>Too many wrong tries. Wait %n minute and try again, or ask another member of staff.</numerusform>
                <numerusform>Too many wrong tries. Wait %n minutes and try again, or ask another member of staff.</numerusform>
            </translation>
        </message>
        <message>
            <source>A helper is already signed in. Sign out first.</source>
            <translation>A helper is already signed in. Sign out first.</translation>
        </message>
        <message>
            <source>That helper number and PIN do not match. Try again.</source>
            <translation>That helper number and PIN do not match. Try again.</translation>
        </message>
        <message>
            <source>%1, a member of staff here, would like to help you.</source>
            <translation>%1, a member of staff here, would like to help you.</translation>
        </message>
        <message>
            <source>%1 from %2 would like to help you.</source>
            <translation>%1 from %2 would like to help you.</translation>
        </message>
    </context>
    <context>
        <name>HelperSignInScreen</name>
        <message>
            <source>Staff sign in</source>
            <translation>Staff sign in</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Sign in to help someone</source>
            <translation>Sign in to help someone</translation>
        </message>
        <message>
            <source>Helper number</source>
            <translation>Helper number</translation>
        </message>
        <message>
            <source>For example, H001</source>
            <translation>For example, H001</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Your PIN is not shown or read aloud</source>
            <translation>Your PIN is not shown or read aloud</translation>
        </message>
        <message>
            <source>For staff only. Swipe your staff card, or type your helper number and PIN.</source>
            <translation>For staff only. Swipe your staff card, or type your helper number and PIN.</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <source>Are you still there?</source>
            <translation>Are you still there?</translation>
        </message>
        <message>
            <source>I need more time</source>
            <translation>I need more time</translation>
        </message>
        <message numerus="yes">
            <source>Are you still there? Your answers will be cleared in %n second(s) to keep them private.</source>
            <translation>
                <numerusform>Are you still there? Your answers will be cleared in %n second to keep them private.</numerusform>
                <numerusform>Are you still there? Your answers will be cleared in %n seconds to keep them private.</numerusform>
            </translation>
        </message>
        <message>
            <source>Are you still there? Your answers will be cleared soon. Touch the screen or choose ‘I need more time’.</source>
            <translation>Are you still there? Your answers will be cleared soon. Touch the screen or choose ‘I need more time’.</translation>
        </message>
        <message numerus="yes">
            <source>Your answers will be cleared in %n second(s) to keep them private.</source>
            <translation>
                <numerusform>Your answers will be cleared in %n second to keep them private.</numerusform>
                <numerusform>Your answers will be cleared in %n seconds to keep them private.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KioskComposition</name>
        <message>
            <source>Cannot create the data directory %1.</source>
            <translation>Cannot create the data directory %1.</translation>
        </message>
        <message>
            <source>No service could be loaded from %1.</source>
            <translation>No service could be loaded from %1.</translation>
        </message>
    </context>
    <context>
        <name>KioskConfig</name>
        <message>
            <source>expected %1, found %2</source>
            <translation>expected %1, found %2</translation>
        </message>
        <message>
            <source>%1: %2: %3</source>
            <translation>%1: %2: %3</translation>
        </message>
        <message>
            <source>unknown key (allowed here: %1)</source>
            <translation>unknown key (allowed here: %1)</translation>
        </message>
        <message>
            <source>required key is missing</source>
            <translation>required key is missing</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>must not be empty</translation>
        </message>
        <message>
            <source>%1 is out of range (%2 to %3)</source>
            <translation>%1 is out of range (%2 to %3)</translation>
        </message>
        <message>
            <source>a URL is required</source>
            <translation>a URL is required</translation>
        </message>
        <message>
            <source>"%1" is not a valid absolute URL</source>
            <translation>"%1" is not a valid absolute URL</translation>
        </message>
        <message>
            <source>plain http is only allowed to this machine (127.0.0.1); use https</source>
            <translation>plain http is only allowed to this machine (127.0.0.1); use https</translation>
        </message>
        <message>
            <source>unsupported URL scheme "%1"</source>
            <translation>unsupported URL scheme "%1"</translation>
        </message>
        <message>
            <source>a PIN hash is required</source>
            <translation>a PIN hash is required</translation>
        </message>
        <message>
            <source>not a usable PIN hash (%1) Make one with civic-kioskctl set-admin-pin.</source>
            <translation>not a usable PIN hash (%1) Make one with civic-kioskctl set-admin-pin.</translation>
        </message>
    </context>
    <context>
        <name>KioskScrollBar</name>
        <message>
            <source>Scroll the page</source>
            <translation>Scroll the page</translation>
        </message>
    </context>
    <context>
        <name>KioskTranslator</name>
        <message>
            <source>This language is not available.</source>
            <translation>This language is not available.</translation>
        </message>
    </context>
    <context>
        <name>LanguageSwitcher</name>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Current language</source>
            <translation>Current language</translation>
        </message>
        <message>
            <source>Change language</source>
            <translation>Change language</translation>
        </message>
    </context>
    <context>
        <name>LockoutStore</name>
        <message>
            <source>The admin lock state could not be saved.</source>
            <translation>The admin lock state could not be saved.</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Civic Kiosk</source>
            <translation>Civic Kiosk</translation>
        </message>
        <message>
            <source>Your settings card has been applied.</source>
            <translation>Your settings card has been applied.</translation>
        </message>
    </context>
    <context>
        <name>PerformanceCache</name>
        <message>
            <source>The service figures could not be read.</source>
            <translation>The service figures could not be read.</translation>
        </message>
        <message>
            <source>The saved service figures could not be read.</source>
            <translation>The saved service figures could not be read.</translation>
        </message>
        <message>
            <source>The service figures could not be saved.</source>
            <translation>The service figures could not be saved.</translation>
        </message>
        <message>
            <source>About half of these are closed within a day.</source>
            <translation>About half of these are closed within a day.</translation>
        </message>
        <message>
            <source>Figures from %1.</source>
            <translation>Figures from %1.</translation>
        </message>
        <message numerus="yes">
            <source>About half of these are closed within %n day(s).</source>
            <translation>
                <numerusform>About half of these are closed within %n day.</numerusform>
                <numerusform>About half of these are closed within %n days.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message numerus="yes">
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>%n digit entered</numerusform>
                <numerusform>%n digits entered</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>remove the last PIN digit</comment>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Enter</source>
            <comment>confirm the PIN</comment>
            <translation>Enter</translation>
        </message>
    </context>
    <context>
        <name>PinPadScreen</name>
        <message>
            <source>Staff only: enter the admin PIN</source>
            <translation>Staff only: enter the admin PIN</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs. Try again in %n second(s).</source>
            <translation>
                <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
                <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>QuestionScreen</name>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>This question is optional. You can leave it empty.</source>
            <translation>This question is optional. You can leave it empty.</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Error: %1</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation>Start again</translation>
        </message>
        <message>
            <source>Clear all your answers and go back to the first screen</source>
            <translation>Clear all your answers and go back to the first screen</translation>
        </message>
    </context>
    <context>
        <name>ReadAloudButton</name>
        <message>
            <source>Read aloud</source>
            <translation>Read aloud</translation>
        </message>
        <message>
            <source>Stop reading</source>
            <translation>Stop reading</translation>
        </message>
        <message>
            <source>Reads this page out loud</source>
            <translation>Reads this page out loud</translation>
        </message>
        <message>
            <source>Read every page</source>
            <translation>Read every page</translation>
        </message>
        <message>
            <source>Each new page and each key you press is read out loud</source>
            <translation>Each new page and each key you press is read out loud</translation>
        </message>
        <message>
            <source>Speed: slow</source>
            <translation>Speed: slow</translation>
        </message>
        <message>
            <source>Speed: normal</source>
            <translation>Speed: normal</translation>
        </message>
        <message>
            <source>Speed: fast</source>
            <translation>Speed: fast</translation>
        </message>
        <message>
            <source>Changes how fast the page is read</source>
            <translation>Changes how fast the page is read</translation>
        </message>
        <message>
            <source>Headphones</source>
            <translation>Headphones</translation>
        </message>
        <message>
            <source>Only with headphones are your own answers read out loud</source>
            <translation>Only with headphones are your own answers read out loud</translation>
        </message>
    </context>
    <context>
        <name>Receipt</name>
        <message>
            <source>The printer cannot be reached.</source>
            <translation>The printer cannot be reached.</translation>
        </message>
        <message>
            <source>The printer refused the page.</source>
            <translation>The printer refused the page.</translation>
        </message>
        <message>
            <source>The QR code could not be made.</source>
            <translation>The QR code could not be made.</translation>
        </message>
        <message>
            <source>Your form has been sent</source>
            <translation>Your form has been sent</translation>
        </message>
        <message>
            <source>Your reference number</source>
            <translation>Your reference number</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>Sent on</translation>
        </message>
        <message>
            <source>What happens next</source>
            <translation>What happens next</translation>
        </message>
        <message>
            <source>The kiosk sends your form to the council by itself. Keep this page: the reference number is how you and the council find your form.</source>
            <translation>The kiosk sends your form to the council by itself. Keep this page: the reference number is how you and the council find your form.</translation>
        </message>
        <message>
            <source>How to check on your form</source>
            <translation>How to check on your form</translation>
        </message>
        <message>
            <source>On the kiosk, choose "Check on a form you sent" and type the reference number.</source>
            <translation>On the kiosk, choose "Check on a form you sent" and type the reference number.</translation>
        </message>
        <message>
            <source>Your answers</source>
            <translation>Your answers</translation>
        </message>
        <message>
            <source>This page has your personal details on it. Keep it safe.</source>
            <translation>This page has your personal details on it. Keep it safe.</translation>
        </message>
        <message>
            <source>The page could not be prepared for printing.</source>
            <translation>The page could not be prepared for printing.</translation>
        </message>
        <message>
            <source>This settings code is not right. Check it and try again.</source>
            <translation>This settings code is not right. Check it and try again.</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Large</source>
            <translation>Large</translation>
        </message>
        <message>
            <source>Largest</source>
            <translation>Largest</translation>
        </message>
        <message>
            <source>Slow</source>
            <translation>Slow</translation>
        </message>
        <message>
            <source>Fast</source>
            <translation>Fast</translation>
        </message>
        <message>
            <source>On</source>
            <translation>On</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Off</translation>
        </message>
        <message>
            <source>Your kiosk settings</source>
            <translation>Your kiosk settings</translation>
        </message>
        <message>
            <source>Hold this card under the scanner of any kiosk, or type the code, and the kiosk sets itself up the way you like it. The card has no personal details on it.</source>
            <translation>Hold this card under the scanner of any kiosk, or type the code, and the kiosk sets itself up the way you like it. The card has no personal details on it.</translation>
        </message>
        <message>
            <source>Text size:</source>
            <translation>Text size:</translation>
        </message>
        <message>
            <source>High contrast:</source>
            <translation>High contrast:</translation>
        </message>
        <message>
            <source>Read aloud:</source>
            <translation>Read aloud:</translation>
        </message>
        <message>
            <source>Speech speed:</source>
            <translation>Speech speed:</translation>
        </message>
        <message>
            <source>More time:</source>
            <translation>More time:</translation>
        </message>
        <message>
            <source>How we use your answers</source>
            <translation>How we use your answers</translation>
        </message>
    </context>
    <context>
        <name>ReferenceLookup</name>
        <message>
            <source>We could not check for news just now.</source>
            <translation>We could not check for news just now.</translation>
        </message>
        <message>
            <source>Enter a reference number in the correct format, like CK-7F3K-92QD-X</source>
            <translation>Enter a reference number in the correct format, like CK-7F3K-92QD-X</translation>
        </message>
    </context>
    <context>
        <name>ReferenceNumber</name>
        <message>
            <source>A reference number looks like CK-7F3K-92QD-X: CK and then 9 letters and numbers.</source>
            <translation>A reference number looks like CK-7F3K-92QD-X: CK and then 9 letters and numbers.</translation>
        </message>
        <message>
            <source>This kiosk cannot number submissions right now.</source>
            <translation>This kiosk cannot number submissions right now.</translation>
        </message>
        <message>
            <source>The kiosk number %1 is outside 1 to %2.</source>
            <translation>The kiosk number %1 is outside 1 to %2.</translation>
        </message>
        <message>
            <source>This kiosk cannot give reference numbers to new forms any more. Ask a member of staff.</source>
            <translation>This kiosk cannot give reference numbers to new forms any more. Ask a member of staff.</translation>
        </message>
        <message>
            <source>Enter a reference number in the correct format, like CK-7F3K-92QD-X</source>
            <translation>Enter a reference number in the correct format, like CK-7F3K-92QD-X</translation>
        </message>
    </context>
    <context>
        <name>RemoteViewNotice</name>
        <message>
            <source>A picture of this screen was sent to support staff. Your answers and personal details were hidden in it.</source>
            <translation>A picture of this screen was sent to support staff. Your answers and personal details were hidden in it.</translation>
        </message>
        <message>
            <source>A picture of this screen was sent to support staff.</source>
            <translation>A picture of this screen was sent to support staff.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>RemoteViewPrompt</name>
        <message>
            <source>Support staff want to see a picture of this screen to help with a problem. Your answers and personal details will be hidden in the picture. Nothing is sent unless you choose yes.</source>
            <translation>Support staff want to see a picture of this screen to help with a problem. Your answers and personal details will be hidden in the picture. Nothing is sent unless you choose yes.</translation>
        </message>
        <message>
            <source>Support staff want to see a picture of this screen.</source>
            <translation>Support staff want to see a picture of this screen.</translation>
        </message>
        <message>
            <source>Yes, send the picture</source>
            <translation>Yes, send the picture</translation>
        </message>
        <message>
            <source>No, do not send it</source>
            <translation>No, do not send it</translation>
        </message>
        <message numerus="yes">
            <source>If you do not answer within %n second(s), nothing is sent.</source>
            <translation>
                <numerusform>If you do not answer within %n second, nothing is sent.</numerusform>
                <numerusform>If you do not answer within %n seconds, nothing is sent.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScreenScaffold</name>
        <message>
            <source>Council services</source>
            <translation>Council services</translation>
        </message>
        <message>
            <source>Display and language</source>
            <translation>Display and language</translation>
        </message>
        <message>
            <source>Text size, contrast, reading aloud and language</source>
            <translation>Text size, contrast, reading aloud and language</translation>
        </message>
    </context>
    <context>
        <name>ServiceListScreen</name>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>What do you want to do?</source>
            <translation>What do you want to do?</translation>
        </message>
        <message>
            <source>Opens a government website on this kiosk.</source>
            <translation>Opens a government website on this kiosk.</translation>
        </message>
    </context>
    <context>
        <name>SettingsCardScreen</name>
        <message>
            <source>Settings card</source>
            <translation>Settings card</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Use this code</source>
            <translation>Use this code</translation>
        </message>
        <message>
            <source>A settings card keeps your text size, contrast, read aloud, speech speed, language and more time. It has no personal details on it.</source>
            <translation>A settings card keeps your text size, contrast, read aloud, speech speed, language and more time. It has no personal details on it.</translation>
        </message>
        <message>
            <source>Give me more time on each page</source>
            <translation>Give me more time on each page</translation>
        </message>
        <message>
            <source>Save my settings</source>
            <translation>Save my settings</translation>
        </message>
        <message>
            <source>Shows a QR code and a short code for your settings</source>
            <translation>Shows a QR code and a short code for your settings</translation>
        </message>
        <message>
            <source>QR code of your settings</source>
            <translation>QR code of your settings</translation>
        </message>
        <message>
            <source>Print my settings card</source>
            <translation>Print my settings card</translation>
        </message>
        <message>
            <source>Printing your settings card…</source>
            <translation>Printing your settings card…</translation>
        </message>
        <message>
            <source>Your settings card has printed. Take it from the printer.</source>
            <translation>Your settings card has printed. Take it from the printer.</translation>
        </message>
        <message>
            <source>The printer is out of paper. Take a photo of the QR code or write down the code.</source>
            <translation>The printer is out of paper. Take a photo of the QR code or write down the code.</translation>
        </message>
        <message>
            <source>The printer is not working at the moment. Take a photo of the QR code or write down the code.</source>
            <translation>The printer is not working at the moment. Take a photo of the QR code or write down the code.</translation>
        </message>
        <message>
            <source>Use a settings card</source>
            <translation>Use a settings card</translation>
        </message>
        <message>
            <source>Code on your settings card</source>
            <translation>Code on your settings card</translation>
        </message>
        <message>
            <source>Your settings card has been applied.</source>
            <translation>Your settings card has been applied.</translation>
        </message>
        <message>
            <source>It starts with KS1, like KS1-EN-00010-1</source>
            <translation>It starts with KS1, like KS1-EN-00010-1</translation>
        </message>
    </context>
    <context>
        <name>StaffCard</name>
        <message>
            <source>This card was not recognised. Type your helper number and PIN instead.</source>
            <translation>This card was not recognised. Type your helper number and PIN instead.</translation>
        </message>
        <message>
            <source>The card could not be read. Swipe it again, slowly.</source>
            <translation>The card could not be read. Swipe it again, slowly.</translation>
        </message>
    </context>
    <context>
        <name>Submitter</name>
        <message>
            <source>Your form could not be saved. Ask a member of staff.</source>
            <translation>Your form could not be saved. Ask a member of staff.</translation>
        </message>
    </context>
    <context>
        <name>TextSizeControl</name>
        <message>
            <source>Text size</source>
            <translation>Text size</translation>
        </message>
        <message>
            <source>Standard text size</source>
            <translation>Standard text size</translation>
        </message>
        <message>
            <source>Large text</source>
            <translation>Large text</translation>
        </message>
        <message>
            <source>Largest text</source>
            <translation>Largest text</translation>
        </message>
        <message>
            <source>A</source>
            <comment>text size button glyph</comment>
            <translation>A</translation>
        </message>
        <message>
            <source>Text size %1%</source>
            <translation>Text size %1%</translation>
        </message>
        <message>
            <source>Makes all the writing on the screen bigger or smaller</source>
            <translation>Makes all the writing on the screen bigger or smaller</translation>
        </message>
    </context>
    <context>
        <name>TrackScreen</name>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Reference number</source>
            <translation>Reference number</translation>
        </message>
        <message>
            <source>It starts with CK</source>
            <translation>It starts with CK</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>Reference %1. %2</source>
            <translation>Reference %1. %2</translation>
        </message>
        <message>
            <source>Reference %1. %2 Note from the council: %3</source>
            <translation>Reference %1. %2 Note from the council: %3</translation>
        </message>
        <message>
            <source>Note from the council</source>
            <translation>Note from the council</translation>
        </message>
        <message>
            <source>Check on a form you sent</source>
            <translation>Check on a form you sent</translation>
        </message>
        <message>
            <source>Type the reference number you were given. It starts with CK, like CK-7F3K-92QD-X.</source>
            <translation>Type the reference number you were given. It starts with CK, like CK-7F3K-92QD-X.</translation>
        </message>
    </context>
    <context>
        <name>TrackingStatus</name>
        <message>
            <source>We last checked on %1 at %2.</source>
            <translation>We last checked on %1 at %2.</translation>
        </message>
        <message>
            <source>Received by the council.</source>
            <translation>Received by the council.</translation>
        </message>
        <message>
            <source>Received by the council on %1.</source>
            <translation>Received by the council on %1.</translation>
        </message>
        <message>
            <source>The council is working on this.</source>
            <translation>The council is working on this.</translation>
        </message>
        <message>
            <source>The council is working on this. Last update on %1.</source>
            <translation>The council is working on this. Last update on %1.</translation>
        </message>
        <message>
            <source>Closed.</source>
            <translation>Closed.</translation>
        </message>
        <message>
            <source>Closed on %1.</source>
            <translation>Closed on %1.</translation>
        </message>
        <message>
            <source>We could not understand the council's answer. Try again later.</source>
            <translation>We could not understand the council's answer. Try again later.</translation>
        </message>
        <message>
            <source>Waiting to be sent from this kiosk. It will be sent when the kiosk is back online.</source>
            <translation>Waiting to be sent from this kiosk. It will be sent when the kiosk is back online.</translation>
        </message>
        <message>
            <source>There was a problem sending this form. Ask a member of staff.</source>
            <translation>There was a problem sending this form. Ask a member of staff.</translation>
        </message>
        <message>
            <source>We cannot find this reference number. If you sent the form today, check again tomorrow.</source>
            <translation>We cannot find this reference number. If you sent the form today, check again tomorrow.</translation>
        </message>
        <message>
            <source>We could not check this just now. Try again later.</source>
            <translation>We could not check this just now. Try again later.</translation>
        </message>
    </context>
    <context>
        <name>UrlPolicy</name>
        <message>
            <source>The web allow-list entry "%1" is not an http or https address with a host.</source>
            <translation>The web allow-list entry "%1" is not an http or https address with a host.</translation>
        </message>
    </context>
    <context>
        <name>WebEngineBackend</name>
        <message>
            <source>Online services are not available on this kiosk at the moment.</source>
            <translation>Online services are not available on this kiosk at the moment.</translation>
        </message>
    </context>
    <context>
        <name>WebHeader</name>
        <message>
            <source>Back to the kiosk</source>
            <translation>Back to the kiosk</translation>
        </message>
        <message>
            <source>Leave this website and return to the council services</source>
            <translation>Leave this website and return to the council services</translation>
        </message>
        <message>
            <source>Ask for help</source>
            <translation>Ask for help</translation>
        </message>
        <message>
            <source>Lets the member of staff helping you know that you need them</source>
            <translation>Lets the member of staff helping you know that you need them</translation>
        </message>
        <message>
            <source>Your helper has been asked to come and help you.</source>
            <translation>Your helper has been asked to come and help you.</translation>
        </message>
    </context>
    <context>
        <name>WebServiceScreen</name>
        <message>
            <source>This page is not available on this kiosk</source>
            <translation>This page is not available on this kiosk</translation>
        </message>
        <message>
            <source>For your safety this kiosk only opens council and government services. You can go back to the service, or back to the kiosk.</source>
            <translation>For your safety this kiosk only opens council and government services. You can go back to the service, or back to the kiosk.</translation>
        </message>
        <message>
            <source>Go back to the service</source>
            <translation>Go back to the service</translation>
        </message>
        <message>
            <source>Online services are not available at the moment</source>
            <translation>Online services are not available at the moment</translation>
        </message>
        <message>
            <source>Try again later, or ask a member of staff. The other services on this kiosk still work.</source>
            <translation>Try again later, or ask a member of staff. The other services on this kiosk still work.</translation>
        </message>
        <message>
            <source>An answer you gave, not read out without headphones.</source>
            <translation>An answer you gave, not read out without headphones.</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <source>Welcome to council services</source>
            <translation>Welcome to council services</translation>
        </message>
        <message>
            <source>Choose your language</source>
            <translation>Choose your language</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Start using the council services</source>
            <translation>Start using the council services</translation>
        </message>
        <message>
            <source>Staff: sign in to help someone</source>
            <translation>Staff: sign in to help someone</translation>
        </message>
        <message>
            <source>Use this kiosk to report a problem to the council or to comment on a planning application. It takes about 5 minutes.</source>
            <translation>Use this kiosk to report a problem to the council or to comment on a planning application. It takes about 5 minutes.</translation>
        </message>
        <message>
            <source>Nothing you type is kept on this kiosk after you finish.</source>
            <translation>Nothing you type is kept on this kiosk after you finish.</translation>
        </message>
        <message>
            <source>Check on a form you sent</source>
            <translation>Check on a form you sent</translation>
        </message>
        <message>
            <source>Use the reference number you were given to see what is happening with your form</source>
            <translation>Use the reference number you were given to see what is happening with your form</translation>
        </message>
        <message>
            <source>Settings card</source>
            <translation>Settings card</translation>
        </message>
        <message>
            <source>Save your text size, contrast and speech on a card, or use the card you have</source>
            <translation>Save your text size, contrast and speech on a card, or use the card you have</translation>
        </message>
    </context>
    <context>
        <name>ck</name>
        <message>
            <source>destination names use letters, digits, '-' and '_' only</source>
            <translation>destination names use letters, digits, '-' and '_' only</translation>
        </message>
        <message>
            <source>unknown destination type "%1" (expected "open311" or "json")</source>
            <translation>unknown destination type "%1" (expected "open311" or "json")</translation>
        </message>
        <message>
            <source>give either apiKey or credentialRef, not both</source>
            <translation>give either apiKey or credentialRef, not both</translation>
        </message>
        <message>
            <source>a credential name, not a path</source>
            <translation>a credential name, not a path</translation>
        </message>
        <message>
            <source>helper id "%1" appears twice</source>
            <translation>helper id "%1" appears twice</translation>
        </message>
        <message>
            <source>required when fleet.configUrl is set: unsigned configuration is never applied</source>
            <translation>required when fleet.configUrl is set: unsigned configuration is never applied</translation>
        </message>
        <message>
            <source>expected a base64 raw Ed25519 public key (32 bytes) or a PEM public key</source>
            <translation>expected a base64 raw Ed25519 public key (32 bytes) or a PEM public key</translation>
        </message>
        <message>
            <source>"%1" is not a configured json destination</source>
            <translation>"%1" is not a configured json destination</translation>
        </message>
        <message>
            <source>must be an absolute path</source>
            <translation>must be an absolute path</translation>
        </message>
        <message>
            <source>Enter your answer as text</source>
            <translation>Enter your answer as text</translation>
        </message>
        <message>
            <source>Enter your answer</source>
            <translation>Enter your answer</translation>
        </message>
        <message>
            <source>Enter a number</source>
            <translation>Enter a number</translation>
        </message>
        <message>
            <source>Enter a whole number, like 5</source>
            <translation>Enter a whole number, like 5</translation>
        </message>
        <message>
            <source>Enter a number between %1 and %2</source>
            <translation>Enter a number between %1 and %2</translation>
        </message>
        <message>
            <source>Enter a number of %1 or more</source>
            <translation>Enter a number of %1 or more</translation>
        </message>
        <message>
            <source>Enter a number of %1 or less</source>
            <translation>Enter a number of %1 or less</translation>
        </message>
        <message>
            <source>Date must be a real date</source>
            <translation>Date must be a real date</translation>
        </message>
        <message>
            <source>Enter a date</source>
            <translation>Enter a date</translation>
        </message>
        <message>
            <source>Date must include a day</source>
            <translation>Date must include a day</translation>
        </message>
        <message>
            <source>Date must include a month</source>
            <translation>Date must include a month</translation>
        </message>
        <message>
            <source>Date must include a year</source>
            <translation>Date must include a year</translation>
        </message>
        <message>
            <source>Year must include 4 numbers</source>
            <translation>Year must include 4 numbers</translation>
        </message>
        <message>
            <source>Date must be today or in the past</source>
            <translation>Date must be today or in the past</translation>
        </message>
        <message>
            <source>Date must be today or in the future</source>
            <translation>Date must be today or in the future</translation>
        </message>
        <message>
            <source>Select an option</source>
            <translation>Select an option</translation>
        </message>
        <message>
            <source>Select one of the options</source>
            <translation>Select one of the options</translation>
        </message>
        <message>
            <source>Select at least one option</source>
            <translation>Select at least one option</translation>
        </message>
        <message>
            <source>Select yes or no</source>
            <translation>Select yes or no</translation>
        </message>
        <message>
            <source>Enter an email address</source>
            <translation>Enter an email address</translation>
        </message>
        <message>
            <source>Enter an email address in the correct format, like name@example.com</source>
            <translation>Enter an email address in the correct format, like name@example.com</translation>
        </message>
        <message>
            <source>Enter a phone number</source>
            <translation>Enter a phone number</translation>
        </message>
        <message>
            <source>Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192</source>
            <translation>Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192</translation>
        </message>
        <message>
            <source>Enter a postcode</source>
            <translation>Enter a postcode</translation>
        </message>
        <message>
            <source>Enter a real postcode, like CF10 1AA</source>
            <translation>Enter a real postcode, like CF10 1AA</translation>
        </message>
        <message>
            <source>Enter the address</source>
            <translation>Enter the address</translation>
        </message>
        <message>
            <source>Enter the first line of the address</source>
            <translation>Enter the first line of the address</translation>
        </message>
        <message>
            <source>No service has been started.</source>
            <translation>No service has been started.</translation>
        </message>
        <message>
            <source>Cannot read the key file %1: %2</source>
            <translation>Cannot read the key file %1: %2</translation>
        </message>
        <message>
            <source>%1 is too large to be a key file</source>
            <translation>%1 is too large to be a key file</translation>
        </message>
        <message>
            <source>No fleet.publicKey is configured, so no signed configuration is accepted.</source>
            <translation>No fleet.publicKey is configured, so no signed configuration is accepted.</translation>
        </message>
        <message>
            <source>signed configuration</source>
            <translation>signed configuration</translation>
        </message>
        <message>
            <source>The signed configuration is for kiosk "%1", not "%2".</source>
            <translation>The signed configuration is for kiosk "%1", not "%2".</translation>
        </message>
        <message>
            <source>A signed configuration cannot move the data directory; change it on the kiosk itself.</source>
            <translation>A signed configuration cannot move the data directory; change it on the kiosk itself.</translation>
        </message>
        <message>
            <source>The encryption library failed.</source>
            <translation>The encryption library failed.</translation>
        </message>
        <message>
            <source>The kiosk key %1 must hold 32 bytes or 64 hex digits.</source>
            <translation>The kiosk key %1 must hold 32 bytes or 64 hex digits.</translation>
        </message>
        <message>
            <source>The kiosk key %1 cannot be read: %2</source>
            <translation>The kiosk key %1 cannot be read: %2</translation>
        </message>
        <message>
            <source>The kiosk key %1 is too large.</source>
            <translation>The kiosk key %1 is too large.</translation>
        </message>
        <message>
            <source>The key directory %1 cannot be created.</source>
            <translation>The key directory %1 cannot be created.</translation>
        </message>
        <message>
            <source>The kiosk key %1 cannot be written: %2</source>
            <translation>The kiosk key %1 cannot be written: %2</translation>
        </message>
        <message>
            <source>The quarantine folder cannot be created.</source>
            <translation>The quarantine folder cannot be created.</translation>
        </message>
        <message>
            <source>The damaged outbox could not be moved to the quarantine folder.</source>
            <translation>The damaged outbox could not be moved to the quarantine folder.</translation>
        </message>
        <message>
            <source>%1 is not a kiosk number: use a whole number from %2 to %3, a different one for every kiosk in the fleet</source>
            <translation>%1 is not a kiosk number: use a whole number from %2 to %3, a different one for every kiosk in the fleet</translation>
        </message>
        <message>
            <source>a credential name (letters, digits, '.', '-', '_'), not a path</source>
            <translation>a credential name (letters, digits, '.', '-', '_'), not a path</translation>
        </message>
        <message>
            <source>A signed configuration cannot change where the outbox key is (outboxKey); change it on the kiosk itself.</source>
            <translation>A signed configuration cannot change where the outbox key is (outboxKey); change it on the kiosk itself.</translation>
        </message>
        <message>
            <source>The kiosk is delivering (%1); try again in a moment.</source>
            <translation>The kiosk is delivering (%1); try again in a moment.</translation>
        </message>
        <message>
            <source>%1 is delivering from this outbox; try again in a moment.</source>
            <translation>%1 is delivering from this outbox; try again in a moment.</translation>
        </message>
        <message>
            <source>Another program is delivering from this outbox; try again in a moment.</source>
            <translation>Another program is delivering from this outbox; try again in a moment.</translation>
        </message>
        <message>
            <source>The kiosk key %1 is encrypted, but systemd-creds is not installed to decrypt it.</source>
            <translation>The kiosk key %1 is encrypted, but systemd-creds is not installed to decrypt it.</translation>
        </message>
        <message>
            <source>The kiosk key %1 cannot be decrypted with systemd-creds: %2</source>
            <translation>The kiosk key %1 cannot be decrypted with systemd-creds: %2</translation>
        </message>
        <message>
            <source>expected true or false</source>
            <translation>expected true or false</translation>
        </message>
        <message>
            <source>must start with "cy" when welshLanguageStandards is true</source>
            <translation>must start with "cy" when welshLanguageStandards is true</translation>
        </message>
        <message>
            <source>must include "en" when welshLanguageStandards is true: the welcome screen is in Welsh and English</source>
            <translation>must include "en" when welshLanguageStandards is true: the welcome screen is in Welsh and English</translation>
        </message>
        <message>
            <source>must be "cy" when welshLanguageStandards is true</source>
            <translation>must be "cy" when welshLanguageStandards is true</translation>
        </message>
        <message>
            <source>expected an object of names by language, like {"en": "Central Library"}</source>
            <translation>expected an object of names by language, like {"en": "Central Library"}</translation>
        </message>
        <message>
            <source>"%1" is not one of the configured languages</source>
            <translation>"%1" is not one of the configured languages</translation>
        </message>
        <message>
            <source>expected a name of 1 to 80 characters, without "%"</source>
            <translation>expected a name of 1 to 80 characters, without "%"</translation>
        </message>
        <message numerus="yes">
            <source>Your answer must be %n character(s) or fewer</source>
            <translation>
                <numerusform>Your answer must be %n character or fewer</numerusform>
                <numerusform>Your answer must be %n characters or fewer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your answer must be %n character(s) or more</source>
            <translation>
                <numerusform>Your answer must be %n character or more</numerusform>
                <numerusform>Your answer must be %n characters or more</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter a number, like 5 or %1</source>
            <translation>Enter a number, like 5 or %1</translation>
        </message>
        <message>
            <source>Enter the number with a comma for decimals, like %1, and no full stop between thousands</source>
            <translation>Enter the number with a comma for decimals, like %1, and no full stop between thousands</translation>
        </message>
        <message>
            <source>Enter the number with a full stop for decimals, like %1</source>
            <translation>Enter the number with a full stop for decimals, like %1</translation>
        </message>
        <message numerus="yes">
            <source>Email address must be %n character(s) or fewer</source>
            <translation>
                <numerusform>Email address must be %n character or fewer</numerusform>
                <numerusform>Email address must be %n characters or fewer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each line of the address must be %n character(s) or fewer</source>
            <translation>
                <numerusform>Each line of the address must be %n character or fewer</numerusform>
                <numerusform>Each line of the address must be %n characters or fewer</numerusform>
            </translation>
        </message>
        <message>
            <source>only an open311 destination can discover its services</source>
            <translation>only an open311 destination can discover its services</translation>
        </message>
        <message>
            <source>The document is larger than 2 MB.</source>
            <translation>The document is larger than 2 MB.</translation>
        </message>
        <message>
            <source>The XML document has a DTD, which Open311 never uses.</source>
            <translation>The XML document has a DTD, which Open311 never uses.</translation>
        </message>
        <message>
            <source>This is not readable XML (%1).</source>
            <translation>This is not readable XML (%1).</translation>
        </message>
        <message>
            <source>This is not readable XML (line %1: %2).</source>
            <translation>This is not readable XML (line %1: %2).</translation>
        </message>
        <message>
            <source>This is not valid JSON (at character %1: %2).</source>
            <translation>This is not valid JSON (at character %1: %2).</translation>
        </message>
        <message>
            <source>Unknown key. Check the spelling against docs/flows.md.</source>
            <translation>Unknown key. Check the spelling against docs/flows.md.</translation>
        </message>
        <message>
            <source>Expected an object of translations, like {"cy": "..."}.</source>
            <translation>Expected an object of translations, like {"cy": "..."}.</translation>
        </message>
        <message>
            <source>Expected a text that is not empty.</source>
            <translation>Expected a text that is not empty.</translation>
        </message>
        <message>
            <source>required when fleet.commandsUrl is set: unsigned commands are never run</source>
            <translation>required when fleet.commandsUrl is set: unsigned commands are never run</translation>
        </message>
        <message>
            <source>No kiosk key was found for the outbox in %1. The kiosk looks for it in: %2. Put the key back there: a new key could not open the forms already in the outbox.</source>
            <translation>No kiosk key was found for the outbox in %1. The kiosk looks for it in: %2. Put the key back there: a new key could not open the forms already in the outbox.</translation>
        </message>
        <message>
            <source>expected a CUPS printer name or an ipp:// or ipps:// address</source>
            <translation>expected a CUPS printer name or an ipp:// or ipps:// address</translation>
        </message>
        <message>
            <source>expected an object of texts by language, like {"en": "Phone 029 2087 2087"}</source>
            <translation>expected an object of texts by language, like {"en": "Phone 029 2087 2087"}</translation>
        </message>
        <message>
            <source>expected a text of 1 to 200 characters</source>
            <translation>expected a text of 1 to 200 characters</translation>
        </message>
    </context>
    <context>
        <name>ck::AdminGate</name>
        <message>
            <source>No admin PIN is set for this kiosk.</source>
            <translation>No admin PIN is set for this kiosk.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs. Try again in %n second(s).</source>
            <translation>
                <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
                <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That PIN is not right. %n attempt(s) left before a pause.</source>
            <translation>
                <numerusform>That PIN is not right. %n attempt left before a pause.</numerusform>
                <numerusform>That PIN is not right. %n attempts left before a pause.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ck::AdminStatus</name>
        <message>
            <source>Never</source>
            <translation>Never</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>Waiting to send</translation>
        </message>
        <message>
            <source>Sending now</source>
            <translation>Sending now</translation>
        </message>
        <message>
            <source>Delivered (receipts kept)</source>
            <translation>Delivered (receipts kept)</translation>
        </message>
        <message>
            <source>Refused by the service (dead letters)</source>
            <translation>Refused by the service (dead letters)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>One line of the admin screen's usage counts, e.g. "Used read aloud: 3".</extracomment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Sessions today</source>
            <translation>Sessions today</translation>
        </message>
        <message>
            <source>Finished with a reference number</source>
            <translation>Finished with a reference number</translation>
        </message>
        <message>
            <source>Left before the end</source>
            <translation>Left before the end</translation>
        </message>
        <message>
            <source>Helped by staff</source>
            <translation>Helped by staff</translation>
        </message>
        <message>
            <source>Used read aloud</source>
            <translation>Used read aloud</translation>
        </message>
        <message>
            <source>Used larger text</source>
            <translation>Used larger text</translation>
        </message>
        <message>
            <source>Earlier days waiting to be sent</source>
            <translation>Earlier days waiting to be sent</translation>
        </message>
    </context>
    <context>
        <name>ck::Aead</name>
        <message>
            <source>The encryption key has the wrong size.</source>
            <translation>The encryption key has the wrong size.</translation>
        </message>
        <message>
            <source>Stored data failed its integrity check and was not used.</source>
            <translation>Stored data failed its integrity check and was not used.</translation>
        </message>
    </context>
    <context>
        <name>ck::ConfigSigner</name>
        <message>
            <source>The key is not an Ed25519 key.</source>
            <translation>The key is not an Ed25519 key.</translation>
        </message>
        <message>
            <source>The private key PEM cannot be read.</source>
            <translation>The private key PEM cannot be read.</translation>
        </message>
        <message>
            <source>Expected a PEM private key or the base64 of a 32-byte Ed25519 seed.</source>
            <translation>Expected a PEM private key or the base64 of a 32-byte Ed25519 seed.</translation>
        </message>
        <message>
            <source>The public key PEM cannot be read.</source>
            <translation>The public key PEM cannot be read.</translation>
        </message>
        <message>
            <source>Expected a PEM public key or the base64 of a 32-byte Ed25519 key.</source>
            <translation>Expected a PEM public key or the base64 of a 32-byte Ed25519 key.</translation>
        </message>
        <message>
            <source>Signing needs a private key.</source>
            <translation>Signing needs a private key.</translation>
        </message>
        <message>
            <source>OpenSSL could not sign the configuration.</source>
            <translation>OpenSSL could not sign the configuration.</translation>
        </message>
        <message>
            <source>The signed configuration is not a JSON object (%1).</source>
            <translation>The signed configuration is not a JSON object (%1).</translation>
        </message>
        <message>
            <source>wrong type</source>
            <translation>wrong type</translation>
        </message>
        <message>
            <source>Unknown member "%1" in the signed configuration.</source>
            <translation>Unknown member "%1" in the signed configuration.</translation>
        </message>
        <message>
            <source>The configuration is not signed.</source>
            <translation>The configuration is not signed.</translation>
        </message>
        <message>
            <source>The configuration was signed with key %1, but this kiosk trusts key %2.</source>
            <translation>The configuration was signed with key %1, but this kiosk trusts key %2.</translation>
        </message>
        <message>
            <source>The configuration signature does not verify: it was changed after signing or signed with another key.</source>
            <translation>The configuration signature does not verify: it was changed after signing or signed with another key.</translation>
        </message>
        <message>
            <source>The signed envelope has no "%1" object.</source>
            <translation>The signed envelope has no "%1" object.</translation>
        </message>
    </context>
    <context>
        <name>ck::ConfigStore</name>
        <message>
            <source>The signed configuration has version %1, not newer than the running %2.</source>
            <translation>The signed configuration has version %1, not newer than the running %2.</translation>
        </message>
        <message>
            <source>The last start with this configuration did not complete.</source>
            <translation>The last start with this configuration did not complete.</translation>
        </message>
        <message>
            <source>The pending marker cannot be written.</source>
            <translation>The pending marker cannot be written.</translation>
        </message>
        <message>
            <source>Cannot create %1.</source>
            <translation>Cannot create %1.</translation>
        </message>
        <message>
            <source>Configuration version %1 was installed; it takes effect at the next start.</source>
            <translation>Configuration version %1 was installed; it takes effect at the next start.</translation>
        </message>
        <message>
            <source>Cannot clear the pending marker.</source>
            <translation>Cannot clear the pending marker.</translation>
        </message>
        <message>
            <source>Went back to the previous configuration: %1</source>
            <translation>Went back to the previous configuration: %1</translation>
        </message>
        <message>
            <source>Went back to the local configuration: %1</source>
            <translation>Went back to the local configuration: %1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Configuration version %1 is not installed: version %2 failed to start on this kiosk and was rolled back, so only a version higher than %2 is tried.</source>
            <translation>Configuration version %1 is not installed: version %2 failed to start on this kiosk and was rolled back, so only a version higher than %2 is tried.</translation>
        </message>
    </context>
    <context>
        <name>ck::ConfigUpdater</name>
        <message>
            <source>Could not fetch the configuration (HTTP %1): %2</source>
            <translation>Could not fetch the configuration (HTTP %1): %2</translation>
        </message>
        <message>
            <source>The configuration download is too large.</source>
            <translation>The configuration download is too large.</translation>
        </message>
        <message>
            <source>Version %1 is older than the installed version %2.</source>
            <translation>Version %1 is older than the installed version %2.</translation>
        </message>
    </context>
    <context>
        <name>ck::DeliveryLock</name>
        <message>
            <source>The delivery lock %1 cannot be opened: %2</source>
            <translation>The delivery lock %1 cannot be opened: %2</translation>
        </message>
        <message>
            <source>The delivery lock %1 cannot be taken: %2</source>
            <translation>The delivery lock %1 cannot be taken: %2</translation>
        </message>
    </context>
    <context>
        <name>ck::DestinationAdapter</name>
        <message>
            <source>Destination "%1" has no valid http(s) address.</source>
            <translation>Destination "%1" has no valid http(s) address.</translation>
        </message>
        <message>
            <source>Destination "%1": the pinned CA certificate cannot be read.</source>
            <translation>Destination "%1": the pinned CA certificate cannot be read.</translation>
        </message>
        <message>
            <source>Destination "%1" has an unknown type "%2" (open311 or json).</source>
            <translation>Destination "%1" has an unknown type "%2" (open311 or json).</translation>
        </message>
        <message>
            <source>TLS: the certificate of "%1" is not trusted (%2). Check the destination's CA pin and the server certificate's dates.</source>
            <translation>TLS: the certificate of "%1" is not trusted (%2). Check the destination's CA pin and the server certificate's dates.</translation>
        </message>
        <message>
            <source>"%1" did not answer in time.</source>
            <translation>"%1" did not answer in time.</translation>
        </message>
        <message>
            <source>Network: %1 (%2).</source>
            <translation>Network: %1 (%2).</translation>
        </message>
        <message>
            <source>"%1" answered HTTP %2; will retry.</source>
            <translation>"%1" answered HTTP %2; will retry.</translation>
        </message>
        <message>
            <source>"%1" refused the request (HTTP %2).</source>
            <translation>"%1" refused the request (HTTP %2).</translation>
        </message>
        <message>
            <source>"%1" refused the request (HTTP %2, server code %3).</source>
            <translation>"%1" refused the request (HTTP %2, server code %3).</translation>
        </message>
        <message>
            <source>"%1" sent a larger answer than the kiosk accepts; will retry.</source>
            <translation>"%1" sent a larger answer than the kiosk accepts; will retry.</translation>
        </message>
    </context>
    <context>
        <name>ck::DiscoveredServices</name>
        <message>
            <source>The overlay cannot be read: %1</source>
            <translation>The overlay cannot be read: %1</translation>
        </message>
        <message>
            <source>Its questions (services/%1.json) have not been pulled yet.</source>
            <translation>Its questions (services/%1.json) have not been pulled yet.</translation>
        </message>
    </context>
    <context>
        <name>ck::DiscoveryCache</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Cannot create the folder %1.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ck::DocumentFetcher</name>
        <message>
            <source>"%1" sent more than %2 kB for %3.</source>
            <translation>"%1" sent more than %2 kB for %3.</translation>
        </message>
        <message>
            <source>"%1" did not send %2 in time.</source>
            <translation>"%1" did not send %2 in time.</translation>
        </message>
        <message>
            <source>"%1" broke off %2: %3.</source>
            <translation>"%1" broke off %2: %3.</translation>
        </message>
        <message>
            <source>"%1" answered HTTP %2 for %3.</source>
            <translation>"%1" answered HTTP %2 for %3.</translation>
        </message>
    </context>
    <context>
        <name>ck::FieldValidator</name>
        <message>
            <source>Enter your answer</source>
            <translation>Enter your answer</translation>
        </message>
    </context>
    <context>
        <name>ck::FleetCommand</name>
        <message>
            <source>Unknown member "%1" in the command.</source>
            <translation>Unknown member "%1" in the command.</translation>
        </message>
        <message>
            <source>Unsupported command schema.</source>
            <translation>Unsupported command schema.</translation>
        </message>
        <message>
            <source>expiresAt is not an ISO 8601 time.</source>
            <translation>expiresAt is not an ISO 8601 time.</translation>
        </message>
        <message>
            <source>The command names no kiosk.</source>
            <translation>The command names no kiosk.</translation>
        </message>
        <message>
            <source>The sequence must be a whole number from 1 to 2^53.</source>
            <translation>The sequence must be a whole number from 1 to 2^53.</translation>
        </message>
        <message>
            <source>Unknown action "%1".</source>
            <translation>Unknown action "%1".</translation>
        </message>
        <message>
            <source>issuedAt is not an ISO 8601 time.</source>
            <translation>issuedAt is not an ISO 8601 time.</translation>
        </message>
    </context>
    <context>
        <name>ck::FleetCommandChannel</name>
        <message>
            <source>Cannot create %1.</source>
            <translation>Cannot create %1.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>This kiosk has no fleet public key: commands are never run.</source>
            <translation>This kiosk has no fleet public key: commands are never run.</translation>
        </message>
        <message>
            <source>The command is for kiosk %1, this is %2.</source>
            <translation>The command is for kiosk %1, this is %2.</translation>
        </message>
        <message>
            <source>Command %1 is not newer than the last one accepted (%2).</source>
            <translation>Command %1 is not newer than the last one accepted (%2).</translation>
        </message>
        <message>
            <source>Command %1 expired at %2.</source>
            <translation>Command %1 expired at %2.</translation>
        </message>
    </context>
    <context>
        <name>ck::FlowController</name>
        <message>
            <source>Question %1 of %2</source>
            <translation>Question %1 of %2</translation>
        </message>
        <message>
            <source>Your form could not be saved. Ask a member of staff.</source>
            <translation>Your form could not be saved. Ask a member of staff.</translation>
        </message>
    </context>
    <context>
        <name>ck::FlowParser</name>
        <message>
            <source>Unknown key "%1". Check the spelling against docs/flows.md.</source>
            <translation>Unknown key "%1". Check the spelling against docs/flows.md.</translation>
        </message>
        <message>
            <source>This text is required.</source>
            <translation>This text is required.</translation>
        </message>
        <message>
            <source>Expected an object of translations, like {"en": "..."}.</source>
            <translation>Expected an object of translations, like {"en": "..."}.</translation>
        </message>
        <message>
            <source>"%1" is not a language code like "en" or "cy".</source>
            <translation>"%1" is not a language code like "en" or "cy".</translation>
        </message>
        <message>
            <source>Expected a text that is not empty.</source>
            <translation>Expected a text that is not empty.</translation>
        </message>
        <message>
            <source>There is no English ("en") text. Every text needs one: it is shown when a translation is missing.</source>
            <translation>There is no English ("en") text. Every text needs one: it is shown when a translation is missing.</translation>
        </message>
        <message>
            <source>An id is required.</source>
            <translation>An id is required.</translation>
        </message>
        <message>
            <source>An id uses only lower-case letters, digits and dashes (at most 64).</source>
            <translation>An id uses only lower-case letters, digits and dashes (at most 64).</translation>
        </message>
        <message>
            <source>Expected a whole number from 0 to 100000.</source>
            <translation>Expected a whole number from 0 to 100000.</translation>
        </message>
        <message>
            <source>A choice needs a list of at least one option.</source>
            <translation>A choice needs a list of at least one option.</translation>
        </message>
        <message>
            <source>Expected an option object {"value", "label"}.</source>
            <translation>Expected an option object {"value", "label"}.</translation>
        </message>
        <message>
            <source>An option needs a short "value" text.</source>
            <translation>An option needs a short "value" text.</translation>
        </message>
        <message>
            <source>The option value "%1" is used twice.</source>
            <translation>The option value "%1" is used twice.</translation>
        </message>
        <message>
            <source>Every page needs a "field" object.</source>
            <translation>Every page needs a "field" object.</translation>
        </message>
        <message>
            <source>Unknown field type. Use one of: text, longtext, number, date, choice, multichoice, yesno, email, phone, postcode, postcode-address.</source>
            <translation>Unknown field type. Use one of: text, longtext, number, date, choice, multichoice, yesno, email, phone, postcode, postcode-address.</translation>
        </message>
        <message>
            <source>Expected true or false.</source>
            <translation>Expected true or false.</translation>
        </message>
        <message>
            <source>Only text and longtext fields have a length.</source>
            <translation>Only text and longtext fields have a length.</translation>
        </message>
        <message>
            <source>maxLength must be at least 1.</source>
            <translation>maxLength must be at least 1.</translation>
        </message>
        <message>
            <source>minLength is larger than maxLength.</source>
            <translation>minLength is larger than maxLength.</translation>
        </message>
        <message>
            <source>Only number fields have a minimum or maximum.</source>
            <translation>Only number fields have a minimum or maximum.</translation>
        </message>
        <message>
            <source>Expected a number.</source>
            <translation>Expected a number.</translation>
        </message>
        <message>
            <source>min is larger than max.</source>
            <translation>min is larger than max.</translation>
        </message>
        <message>
            <source>wholeNumber is true or false, on number fields only.</source>
            <translation>wholeNumber is true or false, on number fields only.</translation>
        </message>
        <message>
            <source>Only date fields have a dateRange.</source>
            <translation>Only date fields have a dateRange.</translation>
        </message>
        <message>
            <source>dateRange is "any", "past" or "future".</source>
            <translation>dateRange is "any", "past" or "future".</translation>
        </message>
        <message>
            <source>Only choice and multichoice fields have options.</source>
            <translation>Only choice and multichoice fields have options.</translation>
        </message>
        <message>
            <source>Expected {"page": ..., "equals": ...} or {"page": ..., "in": [...]}.</source>
            <translation>Expected {"page": ..., "equals": ...} or {"page": ..., "in": [...]}.</translation>
        </message>
        <message>
            <source>showIf needs the id of the page it depends on.</source>
            <translation>showIf needs the id of the page it depends on.</translation>
        </message>
        <message>
            <source>showIf needs exactly one of "equals" or "in".</source>
            <translation>showIf needs exactly one of "equals" or "in".</translation>
        </message>
        <message>
            <source>"in" needs a list of at least one value.</source>
            <translation>"in" needs a list of at least one value.</translation>
        </message>
        <message>
            <source>showIf compares with texts, numbers or true/false.</source>
            <translation>showIf compares with texts, numbers or true/false.</translation>
        </message>
        <message>
            <source>Expected a page object.</source>
            <translation>Expected a page object.</translation>
        </message>
        <message>
            <source>Unknown Open311 key. Use one of: %1.</source>
            <translation>Unknown Open311 key. Use one of: %1.</translation>
        </message>
        <message>
            <source>showIf refers to a page "%1" that does not exist.</source>
            <translation>showIf refers to a page "%1" that does not exist.</translation>
        </message>
        <message>
            <source>showIf goes round in a circle (%1): these pages can never be shown.</source>
            <translation>showIf goes round in a circle (%1): these pages can never be shown.</translation>
        </message>
        <message>
            <source>showIf must depend on an earlier page, but "%1" comes later.</source>
            <translation>showIf must depend on an earlier page, but "%1" comes later.</translation>
        </message>
        <message>
            <source>This page can never be shown: the page "%1" cannot have that answer.</source>
            <translation>This page can never be shown: the page "%1" cannot have that answer.</translation>
        </message>
        <message>
            <source>This is not valid JSON (at character %1: %2).</source>
            <translation>This is not valid JSON (at character %1: %2).</translation>
        </message>
        <message>
            <source>Expected a JSON object at the top.</source>
            <translation>Expected a JSON object at the top.</translation>
        </message>
        <message>
            <source>This kiosk reads flow files with "schema": %1.</source>
            <translation>This kiosk reads flow files with "schema": %1.</translation>
        </message>
        <message>
            <source>"version" must be a whole number of at least 1.</source>
            <translation>"version" must be a whole number of at least 1.</translation>
        </message>
        <message>
            <source>A "destination" object with a "name" is required.</source>
            <translation>A "destination" object with a "name" is required.</translation>
        </message>
        <message>
            <source>The destination name is a configured destination, like "council".</source>
            <translation>The destination name is a configured destination, like "council".</translation>
        </message>
        <message>
            <source>A flow needs a list of at least one page.</source>
            <translation>A flow needs a list of at least one page.</translation>
        </message>
        <message>
            <source>The page id "%1" is used twice.</source>
            <translation>The page id "%1" is used twice.</translation>
        </message>
        <message>
            <source>"kind" is "form" (questions, the default) or "web" (an online service).</source>
            <translation>"kind" is "form" (questions, the default) or "web" (an online service).</translation>
        </message>
        <message>
            <source>A web service needs a "url" starting with https://.</source>
            <translation>A web service needs a "url" starting with https://.</translation>
        </message>
        <message>
            <source>Flow texts are shown as they are written: write the number or word itself instead of %1 or %n.</source>
            <translation>Flow texts are shown as they are written: write the number or word itself instead of %1 or %n.</translation>
        </message>
        <message>
            <source>Expected an object of error messages, like {"required": {"en": "Select which bin was missed"}}.</source>
            <translation>Expected an object of error messages, like {"required": {"en": "Select which bin was missed"}}.</translation>
        </message>
        <message>
            <source>This field never gives the error "%1". It can give: %2.</source>
            <translation>This field never gives the error "%1". It can give: %2.</translation>
        </message>
        <message>
            <source>The page "%1" asks for an answer that can be personal (%2), so the flow needs a "privacy" block: who receives the answers ("controller"), why ("purpose"), how long they are kept ("retention") and whether anything is published ("published"). See docs/flows.md.</source>
            <translation>The page "%1" asks for an answer that can be personal (%2), so the flow needs a "privacy" block: who receives the answers ("controller"), why ("purpose"), how long they are kept ("retention") and whether anything is published ("published"). See docs/flows.md.</translation>
        </message>
        <message>
            <source>Expected an object with "controller", "purpose", "retention" and "published", each a translated text.</source>
            <translation>Expected an object with "controller", "purpose", "retention" and "published", each a translated text.</translation>
        </message>
    </context>
    <context>
        <name>ck::FlowSession</name>
        <message>
            <source>This question is not part of the service.</source>
            <translation>This question is not part of the service.</translation>
        </message>
        <message>
            <source>This question does not apply to your answers.</source>
            <translation>This question does not apply to your answers.</translation>
        </message>
    </context>
    <context>
        <name>ck::JsonApiAdapter</name>
        <message>
            <source>The saved submission is not a JSON document; it cannot be sent.</source>
            <translation>The saved submission is not a JSON document; it cannot be sent.</translation>
        </message>
        <message>
            <source>"%1" answered %2 without the API's JSON (%3).</source>
            <translation>"%1" answered %2 without the API's JSON (%3).</translation>
        </message>
        <message>
            <source>no serverReference</source>
            <translation>no serverReference</translation>
        </message>
        <message>
            <source>"%1" already holds different content under this submission's idempotency key (409).</source>
            <translation>"%1" already holds different content under this submission's idempotency key (409).</translation>
        </message>
        <message>
            <source>"%1" answered unexpected HTTP %2.</source>
            <translation>"%1" answered unexpected HTTP %2.</translation>
        </message>
        <message>
            <source>The JSON API has no endpoint for items of kind "%1".</source>
            <translation>The JSON API has no endpoint for items of kind "%1".</translation>
        </message>
    </context>
    <context>
        <name>ck::KeyStore</name>
        <message>
            <source>The credential %1 is missing from $CREDENTIALS_DIRECTORY.</source>
            <translation>The credential %1 is missing from $CREDENTIALS_DIRECTORY.</translation>
        </message>
        <message>
            <source>The kiosk key must hold 32 bytes.</source>
            <translation>The kiosk key must hold 32 bytes.</translation>
        </message>
    </context>
    <context>
        <name>ck::KioskConfig</name>
        <message>
            <source>%1: not valid JSON at offset %2: %3</source>
            <translation>%1: not valid JSON at offset %2: %3</translation>
        </message>
        <message>
            <source>%1: the configuration must be a JSON object</source>
            <translation>%1: the configuration must be a JSON object</translation>
        </message>
        <message>
            <source>use 1 to 64 letters, digits, '.', '-' or '_'</source>
            <translation>use 1 to 64 letters, digits, '.', '-' or '_'</translation>
        </message>
        <message>
            <source>must be an absolute path</source>
            <translation>must be an absolute path</translation>
        </message>
        <message>
            <source>at least one language is needed</source>
            <translation>at least one language is needed</translation>
        </message>
        <message>
            <source>"%1" is not a language code</source>
            <translation>"%1" is not a language code</translation>
        </message>
        <message>
            <source>"%1" is not one of the configured languages</source>
            <translation>"%1" is not one of the configured languages</translation>
        </message>
        <message>
            <source>must be shorter than idleTimeoutSec</source>
            <translation>must be shorter than idleTimeoutSec</translation>
        </message>
        <message>
            <source>%1: cannot read the configuration: %2</source>
            <translation>%1: cannot read the configuration: %2</translation>
        </message>
        <message>
            <source>%1: the file is too large for a configuration</source>
            <translation>%1: the file is too large for a configuration</translation>
        </message>
    </context>
    <context>
        <name>ck::MetricsWriter</name>
        <message>
            <source>Invalid metric name, label or increment: %1</source>
            <translation>Invalid metric name, label or increment: %1</translation>
        </message>
        <message>
            <source>Cannot write the metrics file %1: %2</source>
            <translation>Cannot write the metrics file %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ck::Open311Adapter</name>
        <message>
            <source>The saved submission has no Open311 service code; it cannot be sent.</source>
            <translation>The saved submission has no Open311 service code; it cannot be sent.</translation>
        </message>
        <message>
            <source>"%1" answered with a web page instead of Open311 (captive portal?).</source>
            <translation>"%1" answered with a web page instead of Open311 (captive portal?).</translation>
        </message>
        <message>
            <source>"%1" answered with malformed Open311 JSON (%2).</source>
            <translation>"%1" answered with malformed Open311 JSON (%2).</translation>
        </message>
        <message>
            <source>not a request list</source>
            <translation>not a request list</translation>
        </message>
        <message>
            <source>"%1" answered without a request id or token.</source>
            <translation>"%1" answered without a request id or token.</translation>
        </message>
        <message>
            <source>"%1" answered unexpected HTTP %2.</source>
            <translation>"%1" answered unexpected HTTP %2.</translation>
        </message>
        <message>
            <source>Open311 carries service requests only, not items of kind "%1".</source>
            <translation>Open311 carries service requests only, not items of kind "%1".</translation>
        </message>
    </context>
    <context>
        <name>ck::Open311Document</name>
        <message>
            <source>The answer is not an Open311 document.</source>
            <translation>The answer is not an Open311 document.</translation>
        </message>
    </context>
    <context>
        <name>ck::Open311Documents</name>
        <message>
            <source>services.json is not a list of services.</source>
            <translation>services.json is not a list of services.</translation>
        </message>
        <message>
            <source>Service %1 in the list has no service_code.</source>
            <translation>Service %1 in the list has no service_code.</translation>
        </message>
        <message>
            <source>The service definition is not an object.</source>
            <translation>The service definition is not an object.</translation>
        </message>
        <message>
            <source>"attributes" is not a list.</source>
            <translation>"attributes" is not a list.</translation>
        </message>
        <message>
            <source>Attribute %1 has no code.</source>
            <translation>Attribute %1 has no code.</translation>
        </message>
    </context>
    <context>
        <name>ck::Open311FlowBuilder</name>
        <message>
            <source>The council's system fills this in by itself (hidden_field), and it is required: a kiosk cannot know it.</source>
            <translation>The council's system fills this in by itself (hidden_field), and it is required: a kiosk cannot know it.</translation>
        </message>
        <message>
            <source>The datatype "%1" is not one the kiosk can ask for.</source>
            <translation>The datatype "%1" is not one the kiosk can ask for.</translation>
        </message>
        <message>
            <source>The question has no description; give it one in the overlay (pages.%1.question).</source>
            <translation>The question has no description; give it one in the overlay (pages.%1.question).</translation>
        </message>
        <message>
            <source>A list question with no values to choose from.</source>
            <translation>A list question with no values to choose from.</translation>
        </message>
        <message>
            <source>It is shown under conditions the kiosk cannot follow; give it a showIf in the overlay.</source>
            <translation>It is shown under conditions the kiosk cannot follow; give it a showIf in the overlay.</translation>
        </message>
        <message>
            <source>pages.%1: the council's definition has no attribute "%1".</source>
            <translation>pages.%1: the council's definition has no attribute "%1".</translation>
        </message>
        <message>
            <source>The flow made from it is refused: %1: %2</source>
            <translation>The flow made from it is refused: %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ck::Outbox</name>
        <message>
            <source>The data folder %1 cannot be created.</source>
            <translation>The data folder %1 cannot be created.</translation>
        </message>
        <message>
            <source>The submission is incomplete and was not saved.</source>
            <translation>The submission is incomplete and was not saved.</translation>
        </message>
        <message>
            <source>A submission with this reference is already saved.</source>
            <translation>A submission with this reference is already saved.</translation>
        </message>
        <message>
            <source>No such outbox entry.</source>
            <translation>No such outbox entry.</translation>
        </message>
        <message>
            <source>The content of this entry was deleted after delivery.</source>
            <translation>The content of this entry was deleted after delivery.</translation>
        </message>
        <message>
            <source>Outbox entry %1 is not being sent any more.</source>
            <translation>Outbox entry %1 is not being sent any more.</translation>
        </message>
        <message>
            <source>No submission with this reference on this kiosk.</source>
            <translation>No submission with this reference on this kiosk.</translation>
        </message>
        <message>
            <source>Only waiting or rejected entries can be retried (entry %1).</source>
            <translation>Only waiting or rejected entries can be retried (entry %1).</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created.</source>
            <translation>The folder %1 cannot be created.</translation>
        </message>
        <message>
            <source>The dead letter %1 could not be written: %2</source>
            <translation>The dead letter %1 could not be written: %2</translation>
        </message>
        <message>
            <source>The outbox database was damaged and has been moved to %1. A new, empty outbox was started; submissions in the damaged file were not sent. Contact support to recover them.</source>
            <translation>The outbox database was damaged and has been moved to %1. A new, empty outbox was started; submissions in the damaged file were not sent. Contact support to recover them.</translation>
        </message>
        <message>
            <source>Only waiting entries can be discarded (entry %1 is %2).</source>
            <translation>Only waiting entries can be discarded (entry %1 is %2).</translation>
        </message>
        <message>
            <source>The reference counter could not be read.</source>
            <translation>The reference counter could not be read.</translation>
        </message>
        <message>
            <source>The outbox has schema version %1 and this program reads version %2: start the kiosk (or run a command that changes the outbox) once to bring it up to date.</source>
            <translation>The outbox has schema version %1 and this program reads version %2: start the kiosk (or run a command that changes the outbox) once to bring it up to date.</translation>
        </message>
        <message>
            <source>The outbox is open for reading only.</source>
            <translation>The outbox is open for reading only.</translation>
        </message>
        <message>
            <source>The kiosk key is not available.</source>
            <translation>The kiosk key is not available.</translation>
        </message>
        <message>
            <source>Sealed under another kiosk key (%1); this kiosk has key %2. It stays queued: put key %1 back where the kiosk looks for its key and it will be delivered.</source>
            <translation>Sealed under another kiosk key (%1); this kiosk has key %2. It stays queued: put key %1 back where the kiosk looks for its key and it will be delivered.</translation>
        </message>
        <message>
            <source>Only the holder of the delivery lock may put interrupted deliveries back.</source>
            <translation>Only the holder of the delivery lock may put interrupted deliveries back.</translation>
        </message>
        <message>
            <source>Outbox entry %1 no longer waits for its request id.</source>
            <translation>Outbox entry %1 no longer waits for its request id.</translation>
        </message>
        <message>
            <source>Your form could not be saved because the kiosk is nearly full. Ask a member of staff for help.</source>
            <translation>Your form could not be saved because the kiosk is nearly full. Ask a member of staff for help.</translation>
        </message>
    </context>
    <context>
        <name>ck::OutboxSchema</name>
        <message>
            <source>The outbox database cannot use write-ahead logging.</source>
            <translation>The outbox database cannot use write-ahead logging.</translation>
        </message>
        <message>
            <source>The outbox was written by a newer version (schema %1); this version understands up to %2.</source>
            <translation>The outbox was written by a newer version (schema %1); this version understands up to %2.</translation>
        </message>
    </context>
    <context>
        <name>ck::ReadAloud</name>
        <message>
            <source>The choices are:</source>
            <translation>The choices are:</translation>
        </message>
        <message>
            <source>Your answer is:</source>
            <translation>Your answer is:</translation>
        </message>
        <message>
            <source>You have given an answer. Use headphones to hear it.</source>
            <translation>You have given an answer. Use headphones to hear it.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Right</translation>
        </message>
        <message>
            <source>Read aloud is not available on this kiosk.</source>
            <translation>Read aloud is not available on this kiosk.</translation>
        </message>
        <message>
            <source>Read aloud is not available in this language yet.</source>
            <translation>Read aloud is not available in this language yet.</translation>
        </message>
        <message>
            <source>Read aloud is briefly unavailable. Try again in a moment.</source>
            <translation>Read aloud is briefly unavailable. Try again in a moment.</translation>
        </message>
    </context>
    <context>
        <name>ck::RemoteView</name>
        <message>
            <source>Remote view of kiosk %1 at %2: grey boxes are hidden for privacy.</source>
            <translation>Remote view of kiosk %1 at %2: grey boxes are hidden for privacy.</translation>
        </message>
    </context>
    <context>
        <name>ck::RemoteViewCapture</name>
        <message>
            <source>The kiosk window is not on screen.</source>
            <translation>The kiosk window is not on screen.</translation>
        </message>
        <message>
            <source>The kiosk window could not be rendered.</source>
            <translation>The kiosk window could not be rendered.</translation>
        </message>
    </context>
    <context>
        <name>ck::ServiceCatalogue</name>
        <message>
            <source>The services folder does not exist.</source>
            <translation>The services folder does not exist.</translation>
        </message>
        <message>
            <source>The file is larger than 1 MB.</source>
            <translation>The file is larger than 1 MB.</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>The file cannot be read: %1</translation>
        </message>
        <message>
            <source>The service id "%1" is already used by %2.</source>
            <translation>The service id "%1" is already used by %2.</translation>
        </message>
        <message>
            <source>The address is not on this kiosk's web allow-list (%1).</source>
            <translation>The address is not on this kiosk's web allow-list (%1).</translation>
        </message>
    </context>
    <context>
        <name>ck::ServiceDiscovery</name>
        <message>
            <source>services.json was refused: %1</source>
            <translation>services.json was refused: %1</translation>
        </message>
        <message>
            <source>%1 The last definition pulled is kept.</source>
            <translation>%1 The last definition pulled is kept.</translation>
        </message>
        <message>
            <source>%1 The last good definition is offered until it is fixed.</source>
            <translation>%1 The last good definition is offered until it is fixed.</translation>
        </message>
    </context>
    <context>
        <name>ck::ServiceOverlay</name>
        <message>
            <source>This is not a JSON object (%1).</source>
            <translation>This is not a JSON object (%1).</translation>
        </message>
        <message>
            <source>An overlay has "schema": 1.</source>
            <translation>An overlay has "schema": 1.</translation>
        </message>
        <message>
            <source>Expected true or false.</source>
            <translation>Expected true or false.</translation>
        </message>
        <message>
            <source>Expected an object.</source>
            <translation>Expected an object.</translation>
        </message>
        <message>
            <source>Expected {"page": ..., "equals": ...} or {"page": ..., "in": [...]}.</source>
            <translation>Expected {"page": ..., "equals": ...} or {"page": ..., "in": [...]}.</translation>
        </message>
        <message>
            <source>Expected an object with "controller", "purpose", "retention" and "published", each a translated text.</source>
            <translation>Expected an object with "controller", "purpose", "retention" and "published", each a translated text.</translation>
        </message>
    </context>
    <context>
        <name>ck::SyncEngine</name>
        <message>
            <source>Delivery interrupted.</source>
            <translation>Delivery interrupted.</translation>
        </message>
        <message>
            <source>No usable destination "%1" is configured.</source>
            <translation>No usable destination "%1" is configured.</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) were saved under another kiosk key and wait for it (civic-kioskctl status shows which key).</source>
            <translation>
                <numerusform>%n form were saved under another kiosk key and wait for it (civic-kioskctl status shows which key).</numerusform>
                <numerusform>%n forms were saved under another kiosk key and wait for it (civic-kioskctl status shows which key).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ck::SystemdNotifier</name>
        <message>
            <source>NOTIFY_SOCKET is not a usable socket address.</source>
            <translation>NOTIFY_SOCKET is not a usable socket address.</translation>
        </message>
        <message>
            <source>Cannot create a notification socket: %1</source>
            <translation>Cannot create a notification socket: %1</translation>
        </message>
        <message>
            <source>Cannot notify systemd: %1</source>
            <translation>Cannot notify systemd: %1</translation>
        </message>
    </context>
    <context>
        <name>ck::sqlite::Database</name>
        <message>
            <source>The outbox database is damaged (%1).</source>
            <translation>The outbox database is damaged (%1).</translation>
        </message>
        <message>
            <source>The outbox database is busy (%1).</source>
            <translation>The outbox database is busy (%1).</translation>
        </message>
        <message>
            <source>The outbox database cannot be written (%1).</source>
            <translation>The outbox database cannot be written (%1).</translation>
        </message>
        <message>
            <source>The outbox database could not be read or written (%1).</source>
            <translation>The outbox database could not be read or written (%1).</translation>
        </message>
        <message>
            <source>The outbox refused inconsistent data (%1).</source>
            <translation>The outbox refused inconsistent data (%1).</translation>
        </message>
        <message>
            <source>Outbox database error %1 (%2).</source>
            <translation>Outbox database error %1 (%2).</translation>
        </message>
        <message>
            <source>The kiosk is full and could not save your form. Ask a member of staff.</source>
            <translation>The kiosk is full and could not save your form. Ask a member of staff.</translation>
        </message>
    </context>
    <context>
        <name>ck::sqlite::Transaction</name>
        <message>
            <source>The transaction is already finished.</source>
            <translation>The transaction is already finished.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>--after-ms needs a number of milliseconds.</source>
            <translation>--after-ms needs a number of milliseconds.</translation>
        </message>
        <message>
            <source>--exit-after-ms needs a number of milliseconds.</source>
            <translation>--exit-after-ms needs a number of milliseconds.</translation>
        </message>
        <message>
            <source>Could not grab the window.</source>
            <translation>Could not grab the window.</translation>
        </message>
        <message>
            <source>Could not save %1.</source>
            <translation>Could not save %1.</translation>
        </message>
    </context>
</TS>
