<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>AdminScreen</name>
    <message>
        <source>Kiosk administration</source>
        <translation>Gweinyddu&apos;r ciosg</translation>
    </message>
    <message>
        <source>Submissions in the outbox</source>
        <translation>Ceisiadau yn y blwch anfon</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Danfoniad diwethaf</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Gwall diwethaf</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Ciosg</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <source>Try to send every waiting submission now</source>
        <translation>Ceisio anfon pob cais sy&apos;n aros nawr</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Gorffen y sesiwn</translation>
    </message>
    <message>
        <source>Clear everything from the current session and go back to the welcome screen</source>
        <translation>Clirio popeth o&apos;r sesiwn hon a mynd yn ôl i&apos;r sgrin groeso</translation>
    </message>
    <message>
        <source>Restart kiosk</source>
        <translation>Ailgychwyn y ciosg</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Gadael y ciosg</translation>
    </message>
    <message>
        <source>Close the kiosk program; the machine stays on</source>
        <translation>Cau rhaglen y ciosg; mae&apos;r peiriant yn aros ymlaen</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>leave the admin screen</comment>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Use of this kiosk today</source>
        <translation>Defnydd o&apos;r ciosg hwn heddiw</translation>
    </message>
    <message>
        <source>Counts only. Nothing about any one person is kept or shown.</source>
        <translation>Cyfrifon yn unig. Does dim byd am unrhyw unigolyn yn cael ei gadw na&apos;i ddangos.</translation>
    </message>
    <message>
        <source>Close the kiosk program; the system starts it again</source>
        <translation>Cau rhaglen y ciosg; mae&apos;r system yn ei chychwyn eto</translation>
    </message>
    <message>
        <source>Back to the screen the kiosk was showing</source>
        <translation>Yn ôl i&apos;r sgrin roedd y ciosg yn ei dangos</translation>
    </message>
</context>
<context>
    <name>AnswerFormatter</name>
    <message>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
</context>
<context>
    <name>CheckAnswersScreen</name>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Accept and send</source>
        <translation>Derbyn ac anfon</translation>
    </message>
    <message>
        <source>Check your answers before sending</source>
        <translation>Gwiriwch eich atebion cyn anfon</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Change your answer to: %1</source>
        <translation>Newid eich ateb i: %1</translation>
    </message>
    <message>
        <source>Now send your answers</source>
        <translation>Nawr anfonwch eich atebion</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Dechrau eto</translation>
    </message>
    <message>
        <source>Clear all your answers and go back to the first screen</source>
        <translation>Clirio&apos;ch holl atebion a mynd yn ôl i&apos;r sgrin gyntaf</translation>
    </message>
    <message>
        <source>Send your form to the council</source>
        <translation>Anfon eich ffurflen at y cyngor</translation>
    </message>
    <message>
        <source>By sending this form you confirm that your answers are correct, as far as you know.</source>
        <translation>Drwy anfon y ffurflen hon, rydych yn cadarnhau bod eich atebion yn gywir hyd eithaf eich gwybodaeth.</translation>
    </message>
    <message>
        <source>Who receives your answers</source>
        <translation>Pwy sy&apos;n cael eich atebion</translation>
    </message>
    <message>
        <source>Why we need them</source>
        <translation>Pam mae eu hangen arnom</translation>
    </message>
    <message>
        <source>How long we keep them</source>
        <translation>Am faint rydym yn eu cadw</translation>
    </message>
    <message>
        <source>What is published</source>
        <translation>Beth sy&apos;n cael ei gyhoeddi</translation>
    </message>
    <message>
        <source>How we use your answers</source>
        <translation>Sut rydym yn defnyddio eich atebion</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Finish</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>Clear this screen for the next person</source>
        <translation>Clirio&apos;r sgrin hon i&apos;r person nesaf</translation>
    </message>
    <message>
        <source>Your form has been sent. Your reference number is %1</source>
        <translation>Mae eich ffurflen wedi&apos;i hanfon. Eich cyfeirnod yw %1</translation>
    </message>
    <message>
        <source>Your form has been sent</source>
        <translation>Mae eich ffurflen wedi&apos;i hanfon</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation>Eich cyfeirnod</translation>
    </message>
    <message>
        <source>Write this number down or take a photo of it. You can use it to check what is happening with your form.</source>
        <translation>Ysgrifennwch y rhif hwn neu tynnwch lun ohono. Gallwch ei ddefnyddio i weld beth sy&apos;n digwydd gyda&apos;ch ffurflen.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Beth sy&apos;n digwydd nesaf</translation>
    </message>
    <message>
        <source>Tell us how this went</source>
        <translation>Dywedwch wrthym sut aeth hyn</translation>
    </message>
    <message>
        <source>Five faces and an optional comment. Your name is not sent.</source>
        <translation>Pum wyneb a sylw dewisol. Dydy eich enw ddim yn cael ei anfon.</translation>
    </message>
    <message>
        <source>Your form is saved on this kiosk. The kiosk sends it to the council by itself. You do not need to wait.</source>
        <translation>Mae eich ffurflen wedi&apos;i chadw ar y ciosg hwn. Bydd y ciosg yn ei hanfon at y cyngor ei hun. Does dim angen i chi aros.</translation>
    </message>
    <message>
        <source>When you press Finish, your answers are cleared from this kiosk.</source>
        <translation>Pan fyddwch yn pwyso Gorffen, caiff eich atebion eu clirio o&apos;r ciosg hwn.</translation>
    </message>
    <message>
        <source>QR code of your reference number</source>
        <translation>Cod QR eich cyfeirnod</translation>
    </message>
    <message>
        <source>Print my answers too</source>
        <translation>Argraffu fy atebion hefyd</translation>
    </message>
    <message>
        <source>The page will then have your personal details on it. Take it with you.</source>
        <translation>Bydd eich manylion personol ar y dudalen wedyn. Ewch â hi gyda chi.</translation>
    </message>
    <message>
        <source>Print another receipt</source>
        <translation>Argraffu derbynneb arall</translation>
    </message>
    <message>
        <source>Print a receipt</source>
        <translation>Argraffu derbynneb</translation>
    </message>
    <message>
        <source>A page with your reference number, its QR code and what happens next</source>
        <translation>Tudalen gyda&apos;ch cyfeirnod, ei god QR a beth sy&apos;n digwydd nesaf</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Wrthi&apos;n argraffu eich derbynneb…</translation>
    </message>
    <message>
        <source>Your receipt has printed. Take it from the printer.</source>
        <translation>Mae eich derbynneb wedi&apos;i hargraffu. Ewch â hi o&apos;r argraffydd.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Take a photo of the QR code or write down your reference number, or ask a member of staff.</source>
        <translation>Does dim papur yn yr argraffydd. Tynnwch lun o&apos;r cod QR neu ysgrifennwch eich cyfeirnod, neu gofynnwch i aelod o staff.</translation>
    </message>
    <message>
        <source>The printer is not working at the moment. Take a photo of the QR code or write down your reference number, or ask a member of staff.</source>
        <translation>Dydy&apos;r argraffydd ddim yn gweithio ar hyn o bryd. Tynnwch lun o&apos;r cod QR neu ysgrifennwch eich cyfeirnod, neu gofynnwch i aelod o staff.</translation>
    </message>
    <message>
        <source>Your receipt could not be printed. Take a photo of the QR code or write down your reference number, or ask a member of staff.</source>
        <translation>Does dim modd argraffu eich derbynneb. Tynnwch lun o&apos;r cod QR neu ysgrifennwch eich cyfeirnod, neu gofynnwch i aelod o staff.</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Help from staff</source>
        <translation>Help gan staff</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>Dim diolch</translation>
    </message>
    <message>
        <source>The helper can see your answers and type them for you if you ask</source>
        <translation>Gall y cynorthwyydd weld eich atebion a&apos;u teipio i chi os gofynnwch</translation>
    </message>
    <message>
        <source>Would you like %1 to help you?</source>
        <translation>Hoffech chi i %1 eich helpu?</translation>
    </message>
    <message>
        <source>The council will be told that you had help. It will not be told who helped you.</source>
        <translation>Bydd y cyngor yn cael gwybod eich bod wedi cael help. Fydd e ddim yn cael gwybod pwy wnaeth eich helpu.</translation>
    </message>
    <message>
        <source>Yes, I would like help</source>
        <translation>Ie, hoffwn gael help</translation>
    </message>
    <message>
        <source>%1 works for %2. If you say yes, they can see what you type. They can also type for you if you ask.</source>
        <translation>Mae %1 yn gweithio i %2. Os byddwch yn dweud ie, gall weld beth rydych yn ei deipio. Gall hefyd deipio i chi os gofynnwch.</translation>
    </message>
    <message>
        <source>%1 is a member of staff here. If you say yes, they can see what you type. They can also type for you if you ask.</source>
        <translation>Mae %1 yn aelod o staff yma. Os byddwch yn dweud ie, gall weld beth rydych yn ei deipio. Gall hefyd deipio i chi os gofynnwch.</translation>
    </message>
    <message>
        <source>Nothing is kept on this kiosk after you finish. You can say no and carry on by yourself.</source>
        <translation>Does dim yn cael ei gadw ar y ciosg hwn ar ôl i chi orffen. Gallwch ddweud na a pharhau ar eich pen eich hun.</translation>
    </message>
</context>
<context>
    <name>ContrastToggle</name>
    <message>
        <source>High contrast: on</source>
        <translation>Cyferbyniad uchel: ymlaen</translation>
    </message>
    <message>
        <source>High contrast: off</source>
        <translation>Cyferbyniad uchel: i ffwrdd</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>Yellow and white writing on black</source>
        <translation>Ysgrifen felen a gwyn ar ddu</translation>
    </message>
</context>
<context>
    <name>DisplayOptionsPage</name>
    <message>
        <source>Display and language</source>
        <translation>Arddangos ac iaith</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Back to the screen</source>
        <translation>Yn ôl i&apos;r sgrin</translation>
    </message>
    <message>
        <source>Close the display and language options</source>
        <translation>Cau&apos;r dewisiadau arddangos ac iaith</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation>Mae problem wedi codi</translation>
    </message>
</context>
<context>
    <name>EvidenceAggregator</name>
    <message>
        <source>The usage counts could not be saved.</source>
        <translation>Doedd dim modd cadw&apos;r cyfrifon defnydd.</translation>
    </message>
</context>
<context>
    <name>FaceRating</name>
    <message>
        <source>How was this?</source>
        <translation>Sut oedd hwn?</translation>
    </message>
</context>
<context>
    <name>FeedbackHold</name>
    <message>
        <source>Feedback cannot be sent from this kiosk.</source>
        <translation>Does dim modd anfon adborth o&apos;r ciosg hwn.</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <source>How was this?</source>
        <translation>Sut oedd hwn?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hepgor</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Anfon</translation>
    </message>
    <message>
        <source>Clear this screen for the next person</source>
        <translation>Clirio&apos;r sgrin hon i&apos;r person nesaf</translation>
    </message>
    <message>
        <source>Send your answer to the council without your name</source>
        <translation>Anfon eich ateb at y cyngor heb eich enw</translation>
    </message>
    <message>
        <source>Choose one face. You do not have to answer.</source>
        <translation>Dewiswch un wyneb. Does dim rhaid i chi ateb.</translation>
    </message>
    <message>
        <source>Anything else you want to tell us? (optional)</source>
        <translation>Unrhyw beth arall rydych am ei ddweud wrthym? (dewisol)</translation>
    </message>
    <message>
        <source>Thank you. Your answer helps the council make this better.</source>
        <translation>Diolch. Mae eich ateb yn helpu&apos;r cyngor i wella hyn.</translation>
    </message>
    <message>
        <source>How was using this kiosk?</source>
        <translation>Sut brofiad oedd defnyddio&apos;r ciosg hwn?</translation>
    </message>
    <message>
        <source>Do not write your name, address or phone number.</source>
        <translation>Peidiwch ag ysgrifennu eich enw, eich cyfeiriad na&apos;ch rhif ffôn.</translation>
    </message>
</context>
<context>
    <name>FeedbackSender</name>
    <message>
        <source>Very bad</source>
        <translation>Gwael iawn</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Gwael</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Da iawn</translation>
    </message>
    <message>
        <source>Feedback cannot be sent from this kiosk.</source>
        <translation>Does dim modd anfon adborth o&apos;r ciosg hwn.</translation>
    </message>
    <message>
        <source>Choose one of the faces.</source>
        <translation>Dewiswch un o&apos;r wynebau.</translation>
    </message>
</context>
<context>
    <name>FieldDate</name>
    <message>
        <source>For example, 27 3 2026</source>
        <translation>Er enghraifft, 27 3 2026</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
</context>
<context>
    <name>FieldLongText</name>
    <message numerus="yes">
        <source>You can enter up to %n character(s)</source>
        <translation>
            <numerusform>Gallwch roi hyd at %n nod</numerusform>
            <numerusform>Gallwch roi hyd at %n nod</numerusform>
            <numerusform>Gallwch roi hyd at %n nod</numerusform>
            <numerusform>Gallwch roi hyd at %n nod</numerusform>
            <numerusform>Gallwch roi hyd at %n nod</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldMultiChoice</name>
    <message>
        <source>Select all that apply.</source>
        <translation>Dewiswch bob un sy&apos;n berthnasol.</translation>
    </message>
</context>
<context>
    <name>FieldPostcodeAddress</name>
    <message>
        <source>Building and street</source>
        <translation>Adeilad a stryd</translation>
    </message>
    <message>
        <source>Building and street, line 1 of 2</source>
        <translation>Adeilad a stryd, llinell 1 o 2</translation>
    </message>
    <message>
        <source>Building and street line 2 (optional)</source>
        <translation>Adeilad a stryd, llinell 2 (dewisol)</translation>
    </message>
    <message>
        <source>Building and street, line 2 of 2</source>
        <translation>Adeilad a stryd, llinell 2 o 2</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translation>Tref neu ddinas</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
</context>
<context>
    <name>FieldYesNo</name>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
</context>
<context>
    <name>FlowSession</name>
    <message>
        <source>No service has been started.</source>
        <translation>Does dim gwasanaeth wedi&apos;i ddechrau.</translation>
    </message>
</context>
<context>
    <name>Heartbeat</name>
    <message>
        <source>No json destination is configured for heartbeats.</source>
        <translation>Does dim cyrchfan json wedi&apos;i gosod ar gyfer curiadau calon.</translation>
    </message>
</context>
<context>
    <name>HelperBanner</name>
    <message>
        <source>You type</source>
        <translation>Chi sy&apos;n teipio</translation>
    </message>
    <message>
        <source>Let me type</source>
        <translation>Gadewch i mi deipio</translation>
    </message>
    <message>
        <source>Give the keyboard back to the person you are helping</source>
        <translation>Rhoi&apos;r bysellfwrdd yn ôl i&apos;r person rydych yn ei helpu</translation>
    </message>
    <message>
        <source>The helper types the answers for the person</source>
        <translation>Mae&apos;r cynorthwyydd yn teipio&apos;r atebion i&apos;r person</translation>
    </message>
    <message>
        <source>Carry on by yourself</source>
        <translation>Parhau ar eich pen eich hun</translation>
    </message>
    <message>
        <source>The helper steps away. Your answers stay on the screen.</source>
        <translation>Mae&apos;r cynorthwyydd yn camu i ffwrdd. Mae eich atebion yn aros ar y sgrin.</translation>
    </message>
    <message>
        <source>Ends this session and clears every answer from the screen</source>
        <translation>Yn gorffen y sesiwn hon ac yn clirio pob ateb o&apos;r sgrin</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Allgofnodi</translation>
    </message>
    <message>
        <source>Staff options</source>
        <translation>Opsiynau staff</translation>
    </message>
    <message>
        <source>Typing for the person, stepping away, signing out</source>
        <translation>Teipio dros y person, camu&apos;n ôl, allgofnodi</translation>
    </message>
    <message>
        <source>Back to the screen</source>
        <translation>Yn ôl i&apos;r sgrin</translation>
    </message>
    <message>
        <source>Close the staff options</source>
        <translation>Cau&apos;r opsiynau staff</translation>
    </message>
</context>
<context>
    <name>HelperLockout</name>
    <message>
        <source>The helper sign-in record could not be read.</source>
        <translation>Doedd dim modd darllen cofnod mewngofnodi&apos;r cynorthwywyr.</translation>
    </message>
    <message>
        <source>The helper sign-in record is damaged and was reset.</source>
        <translation>Roedd cofnod mewngofnodi&apos;r cynorthwywyr wedi&apos;i ddifrodi ac fe&apos;i ailosodwyd.</translation>
    </message>
    <message>
        <source>The helper sign-in record could not be saved.</source>
        <translation>Doedd dim modd cadw cofnod mewngofnodi&apos;r cynorthwywyr.</translation>
    </message>
</context>
<context>
    <name>HelperSession</name>
    <message>
        <source>There is no helper waiting for an answer.</source>
        <translation>Does dim cynorthwyydd yn aros am ateb.</translation>
    </message>
    <message>
        <source>The person using the kiosk must agree before a helper types for them.</source>
        <translation>Rhaid i&apos;r person sy&apos;n defnyddio&apos;r ciosg gytuno cyn i gynorthwyydd deipio iddo.</translation>
    </message>
    <message>
        <source>%1 is typing for you.</source>
        <translation>Mae %1 yn teipio i chi.</translation>
    </message>
    <message>
        <source>%1 is helping you.</source>
        <translation>Mae %1 yn eich helpu.</translation>
    </message>
    <message>
        <source>You are carrying on by yourself.</source>
        <translation>Rydych yn parhau ar eich pen eich hun.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n minute(s) and try again, or ask another member of staff.</source>
        <translation>
            <numerusform>Gormod o gynigion anghywir. Arhoswch %n munud a rhowch gynnig arall arni, neu gofynnwch i aelod arall o staff.</numerusform>
            <numerusform>Gormod o gynigion anghywir. Arhoswch %n munud a rhowch gynnig arall arni, neu gofynnwch i aelod arall o staff.</numerusform>
            <numerusform>Gormod o gynigion anghywir. Arhoswch %n munud a rhowch gynnig arall arni, neu gofynnwch i aelod arall o staff.</numerusform>
            <numerusform>Gormod o gynigion anghywir. Arhoswch %n munud a rhowch gynnig arall arni, neu gofynnwch i aelod arall o staff.</numerusform>
            <numerusform>Gormod o gynigion anghywir. Arhoswch %n munud a rhowch gynnig arall arni, neu gofynnwch i aelod arall o staff.</numerusform>
        </translation>
    </message>
    <message>
        <source>A helper is already signed in. Sign out first.</source>
        <translation>Mae cynorthwyydd wedi mewngofnodi&apos;n barod. Allgofnodwch yn gyntaf.</translation>
    </message>
    <message>
        <source>That helper number and PIN do not match. Try again.</source>
        <translation>Dydy&apos;r rhif cynorthwyydd a&apos;r PIN ddim yn cyfateb. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>%1, a member of staff here, would like to help you.</source>
        <translation>Hoffai %1, aelod o staff yma, eich helpu.</translation>
    </message>
    <message>
        <source>%1 from %2 would like to help you.</source>
        <translation>Hoffai %1 eich helpu (%2).</translation>
    </message>
</context>
<context>
    <name>HelperSignInScreen</name>
    <message>
        <source>Staff sign in</source>
        <translation>Mewngofnodi staff</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>Sign in to help someone</source>
        <translation>Mewngofnodi i helpu rhywun</translation>
    </message>
    <message>
        <source>Helper number</source>
        <translation>Rhif cynorthwyydd</translation>
    </message>
    <message>
        <source>For example, H001</source>
        <translation>Er enghraifft, H001</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Your PIN is not shown or read aloud</source>
        <translation>Dydy eich PIN ddim yn cael ei ddangos na&apos;i ddarllen yn uchel</translation>
    </message>
    <message>
        <source>For staff only. Swipe your staff card, or type your helper number and PIN.</source>
        <translation>Ar gyfer staff yn unig. Llithrwch eich cerdyn staff, neu teipiwch eich rhif cynorthwyydd a&apos;ch PIN.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Ydych chi dal yna?</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Mae angen mwy o amser arnaf</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? Your answers will be cleared in %n second(s) to keep them private.</source>
        <translation>
            <numerusform>Ydych chi dal yna? Bydd eich atebion yn cael eu clirio ymhen %n eiliad i&apos;w cadw&apos;n breifat.</numerusform>
            <numerusform>Ydych chi dal yna? Bydd eich atebion yn cael eu clirio ymhen %n eiliad i&apos;w cadw&apos;n breifat.</numerusform>
            <numerusform>Ydych chi dal yna? Bydd eich atebion yn cael eu clirio ymhen %n eiliad i&apos;w cadw&apos;n breifat.</numerusform>
            <numerusform>Ydych chi dal yna? Bydd eich atebion yn cael eu clirio ymhen %n eiliad i&apos;w cadw&apos;n breifat.</numerusform>
            <numerusform>Ydych chi dal yna? Bydd eich atebion yn cael eu clirio ymhen %n eiliad i&apos;w cadw&apos;n breifat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there? Your answers will be cleared soon. Touch the screen or choose ‘I need more time’.</source>
        <translation>Ydych chi dal yna? Bydd eich atebion yn cael eu clirio cyn bo hir. Cyffyrddwch â&apos;r sgrin neu dewiswch ‘Mae angen mwy o amser arnaf’.</translation>
    </message>
    <message numerus="yes">
        <source>Your answers will be cleared in %n second(s) to keep them private.</source>
        <translation>
            <numerusform>Bydd eich atebion yn cael eu clirio ymhen %n eiliad i&apos;w cadw&apos;n breifat.</numerusform>
            <numerusform>Bydd eich atebion yn cael eu clirio ymhen %n eiliad i&apos;w cadw&apos;n breifat.</numerusform>
            <numerusform>Bydd eich atebion yn cael eu clirio ymhen %n eiliad i&apos;w cadw&apos;n breifat.</numerusform>
            <numerusform>Bydd eich atebion yn cael eu clirio ymhen %n eiliad i&apos;w cadw&apos;n breifat.</numerusform>
            <numerusform>Bydd eich atebion yn cael eu clirio ymhen %n eiliad i&apos;w cadw&apos;n breifat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskComposition</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Does dim modd creu&apos;r cyfeiriadur data %1.</translation>
    </message>
    <message>
        <source>No service could be loaded from %1.</source>
        <translation>Doedd dim modd llwytho unrhyw wasanaeth o %1.</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>expected %1, found %2</source>
        <translation>disgwyl %1, wedi cael %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>unknown key (allowed here: %1)</source>
        <translation>allwedd anhysbys (a ganiateir yma: %1)</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>mae allwedd ofynnol ar goll</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ni ddylai fod yn wag</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>Mae %1 y tu allan i&apos;r amrediad (%2 i %3)</translation>
    </message>
    <message>
        <source>a URL is required</source>
        <translation>mae angen URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid absolute URL</source>
        <translation>Dydy &quot;%1&quot; ddim yn URL absoliwt dilys</translation>
    </message>
    <message>
        <source>plain http is only allowed to this machine (127.0.0.1); use https</source>
        <translation>dim ond i&apos;r peiriant hwn (127.0.0.1) y caniateir http plaen; defnyddiwch https</translation>
    </message>
    <message>
        <source>unsupported URL scheme &quot;%1&quot;</source>
        <translation>cynllun URL heb ei gefnogi &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a PIN hash is required</source>
        <translation>mae angen stwnsh PIN</translation>
    </message>
    <message>
        <source>not a usable PIN hash (%1) Make one with civic-kioskctl set-admin-pin.</source>
        <translation>dim yn stwnsh PIN y gellir ei ddefnyddio (%1) Gwnewch un gyda civic-kioskctl set-admin-pin.</translation>
    </message>
</context>
<context>
    <name>KioskScrollBar</name>
    <message>
        <source>Scroll the page</source>
        <translation>Sgrolio&apos;r dudalen</translation>
    </message>
</context>
<context>
    <name>KioskTranslator</name>
    <message>
        <source>This language is not available.</source>
        <translation>Dydy&apos;r iaith hon ddim ar gael.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Current language</source>
        <translation>Yr iaith bresennol</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Newid iaith</translation>
    </message>
</context>
<context>
    <name>LockoutStore</name>
    <message>
        <source>The admin lock state could not be saved.</source>
        <translation>Doedd dim modd cadw cyflwr clo&apos;r gweinyddwr.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Civic Kiosk</source>
        <translation>Ciosg Dinesig</translation>
    </message>
    <message>
        <source>Your settings card has been applied.</source>
        <translation>Mae eich cerdyn gosodiadau wedi&apos;i ddefnyddio.</translation>
    </message>
</context>
<context>
    <name>PerformanceCache</name>
    <message>
        <source>The service figures could not be read.</source>
        <translation>Doedd dim modd darllen ffigurau&apos;r gwasanaeth.</translation>
    </message>
    <message>
        <source>The saved service figures could not be read.</source>
        <translation>Doedd dim modd darllen y ffigurau gwasanaeth a gadwyd.</translation>
    </message>
    <message>
        <source>The service figures could not be saved.</source>
        <translation>Doedd dim modd cadw ffigurau&apos;r gwasanaeth.</translation>
    </message>
    <message>
        <source>About half of these are closed within a day.</source>
        <translation>Mae tua hanner y rhain yn cael eu cau o fewn diwrnod.</translation>
    </message>
    <message>
        <source>Figures from %1.</source>
        <translation>Ffigurau o %1.</translation>
    </message>
    <message numerus="yes">
        <source>About half of these are closed within %n day(s).</source>
        <translation>
            <numerusform>Mae tua hanner y rhain yn cael eu cau o fewn %n diwrnod.</numerusform>
            <numerusform>Mae tua hanner y rhain yn cael eu cau o fewn %n diwrnod.</numerusform>
            <numerusform>Mae tua hanner y rhain yn cael eu cau o fewn %n diwrnod.</numerusform>
            <numerusform>Mae tua hanner y rhain yn cael eu cau o fewn %n diwrnod.</numerusform>
            <numerusform>Mae tua hanner y rhain yn cael eu cau o fewn %n diwrnod.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>Does dim digid wedi&apos;i roi</numerusform>
            <numerusform>%n digid wedi&apos;i roi</numerusform>
            <numerusform>%n digid wedi&apos;u rhoi</numerusform>
            <numerusform>%n digid wedi&apos;u rhoi</numerusform>
            <numerusform>%n digid wedi&apos;u rhoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>remove the last PIN digit</comment>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>confirm the PIN</comment>
        <translation>Cadarnhau</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <source>Staff only: enter the admin PIN</source>
        <translation>Staff yn unig: rhowch PIN y gweinyddwr</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Gormod o PINau anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o PINau anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o PINau anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o PINau anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o PINau anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Yn gwirio…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>This question is optional. You can leave it empty.</source>
        <translation>Mae&apos;r cwestiwn hwn yn ddewisol. Gallwch ei adael yn wag.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Gwall: %1</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Dechrau eto</translation>
    </message>
    <message>
        <source>Clear all your answers and go back to the first screen</source>
        <translation>Clirio&apos;ch holl atebion a mynd yn ôl i&apos;r sgrin gyntaf</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Read aloud</source>
        <translation>Darllen yn uchel</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stopio darllen</translation>
    </message>
    <message>
        <source>Reads this page out loud</source>
        <translation>Yn darllen y dudalen hon yn uchel</translation>
    </message>
    <message>
        <source>Read every page</source>
        <translation>Darllen pob tudalen</translation>
    </message>
    <message>
        <source>Each new page and each key you press is read out loud</source>
        <translation>Mae pob tudalen newydd a phob bysell rydych yn ei phwyso yn cael eu darllen yn uchel</translation>
    </message>
    <message>
        <source>Speed: slow</source>
        <translation>Cyflymder: araf</translation>
    </message>
    <message>
        <source>Speed: normal</source>
        <translation>Cyflymder: arferol</translation>
    </message>
    <message>
        <source>Speed: fast</source>
        <translation>Cyflymder: cyflym</translation>
    </message>
    <message>
        <source>Changes how fast the page is read</source>
        <translation>Yn newid pa mor gyflym mae&apos;r dudalen yn cael ei darllen</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Clustffonau</translation>
    </message>
    <message>
        <source>Only with headphones are your own answers read out loud</source>
        <translation>Dim ond gyda chlustffonau y caiff eich atebion eich hun eu darllen yn uchel</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>The printer cannot be reached.</source>
        <translation>Does dim modd cysylltu â&apos;r argraffydd.</translation>
    </message>
    <message>
        <source>The printer refused the page.</source>
        <translation>Gwrthododd yr argraffydd y dudalen.</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Does dim modd gwneud y cod QR.</translation>
    </message>
    <message>
        <source>Your form has been sent</source>
        <translation>Mae eich ffurflen wedi&apos;i hanfon</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation>Eich cyfeirnod</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Anfonwyd ar</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Beth sy&apos;n digwydd nesaf</translation>
    </message>
    <message>
        <source>The kiosk sends your form to the council by itself. Keep this page: the reference number is how you and the council find your form.</source>
        <translation>Mae&apos;r ciosg yn anfon eich ffurflen at y cyngor ar ei ben ei hun. Cadwch y dudalen hon: gyda&apos;r cyfeirnod rydych chi a&apos;r cyngor yn dod o hyd i&apos;ch ffurflen.</translation>
    </message>
    <message>
        <source>How to check on your form</source>
        <translation>Sut i wirio eich ffurflen</translation>
    </message>
    <message>
        <source>On the kiosk, choose &quot;Check on a form you sent&quot; and type the reference number.</source>
        <translation>Ar y ciosg, dewiswch &quot;Gwirio ffurflen a anfonoch chi&quot; a theipiwch y cyfeirnod.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Eich atebion</translation>
    </message>
    <message>
        <source>This page has your personal details on it. Keep it safe.</source>
        <translation>Mae eich manylion personol ar y dudalen hon. Cadwch hi&apos;n ddiogel.</translation>
    </message>
    <message>
        <source>The page could not be prepared for printing.</source>
        <translation>Does dim modd paratoi&apos;r dudalen i&apos;w hargraffu.</translation>
    </message>
    <message>
        <source>This settings code is not right. Check it and try again.</source>
        <translation>Dydy&apos;r cod gosodiadau hwn ddim yn gywir. Gwiriwch ef a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Arferol</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Mawr</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Mwyaf</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Araf</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Cyflym</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>I ffwrdd</translation>
    </message>
    <message>
        <source>Your kiosk settings</source>
        <translation>Eich gosodiadau ciosg</translation>
    </message>
    <message>
        <source>Hold this card under the scanner of any kiosk, or type the code, and the kiosk sets itself up the way you like it. The card has no personal details on it.</source>
        <translation>Daliwch y cerdyn hwn o dan sganiwr unrhyw giosg, neu teipiwch y cod, ac mae&apos;r ciosg yn gosod ei hun fel rydych chi&apos;n ei hoffi. Does dim manylion personol ar y cerdyn.</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Maint y testun:</translation>
    </message>
    <message>
        <source>High contrast:</source>
        <translation>Cyferbyniad uchel:</translation>
    </message>
    <message>
        <source>Read aloud:</source>
        <translation>Darllen yn uchel:</translation>
    </message>
    <message>
        <source>Speech speed:</source>
        <translation>Cyflymder y llais:</translation>
    </message>
    <message>
        <source>More time:</source>
        <translation>Mwy o amser:</translation>
    </message>
    <message>
        <source>How we use your answers</source>
        <translation>Sut rydym yn defnyddio eich atebion</translation>
    </message>
</context>
<context>
    <name>ReferenceLookup</name>
    <message>
        <source>We could not check for news just now.</source>
        <translation>Doedd dim modd i ni chwilio am newyddion ar hyn o bryd.</translation>
    </message>
    <message>
        <source>Enter a reference number in the correct format, like CK-7F3K-92QD-X</source>
        <translation>Rhowch gyfeirnod yn y fformat cywir, fel CK-7F3K-92QD-X</translation>
    </message>
</context>
<context>
    <name>ReferenceNumber</name>
    <message>
        <source>A reference number looks like CK-7F3K-92QD-X: CK and then 9 letters and numbers.</source>
        <translation>Mae cyfeirnod yn edrych fel CK-7F3K-92QD-X: CK ac yna 9 llythyren a rhif.</translation>
    </message>
    <message>
        <source>This kiosk cannot number submissions right now.</source>
        <translation>Dydy&apos;r ciosg hwn ddim yn gallu rhifo ceisiadau ar hyn o bryd.</translation>
    </message>
    <message>
        <source>The kiosk number %1 is outside 1 to %2.</source>
        <translation>Mae rhif ciosg %1 y tu allan i 1 i %2.</translation>
    </message>
    <message>
        <source>This kiosk cannot give reference numbers to new forms any more. Ask a member of staff.</source>
        <translation>Does dim modd i&apos;r ciosg hwn roi cyfeirnodau i ffurflenni newydd mwyach. Gofynnwch i aelod o staff.</translation>
    </message>
    <message>
        <source>Enter a reference number in the correct format, like CK-7F3K-92QD-X</source>
        <translation>Rhowch gyfeirnod yn y fformat cywir, fel CK-7F3K-92QD-X</translation>
    </message>
</context>
<context>
    <name>RemoteViewNotice</name>
    <message>
        <source>A picture of this screen was sent to support staff. Your answers and personal details were hidden in it.</source>
        <translation>Cafodd llun o&apos;r sgrin hon ei anfon at y staff cymorth. Cafodd eich atebion a&apos;ch manylion personol eu cuddio ynddo.</translation>
    </message>
    <message>
        <source>A picture of this screen was sent to support staff.</source>
        <translation>Cafodd llun o&apos;r sgrin hon ei anfon at y staff cymorth.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>RemoteViewPrompt</name>
    <message>
        <source>Support staff want to see a picture of this screen to help with a problem. Your answers and personal details will be hidden in the picture. Nothing is sent unless you choose yes.</source>
        <translation>Mae&apos;r staff cymorth eisiau gweld llun o&apos;r sgrin hon i helpu gyda phroblem. Bydd eich atebion a&apos;ch manylion personol wedi&apos;u cuddio yn y llun. Does dim yn cael ei anfon oni bai eich bod chi&apos;n dewis ie.</translation>
    </message>
    <message>
        <source>Support staff want to see a picture of this screen.</source>
        <translation>Mae&apos;r staff cymorth eisiau gweld llun o&apos;r sgrin hon.</translation>
    </message>
    <message>
        <source>Yes, send the picture</source>
        <translation>Ie, anfon y llun</translation>
    </message>
    <message>
        <source>No, do not send it</source>
        <translation>Na, peidio â&apos;i anfon</translation>
    </message>
    <message numerus="yes">
        <source>If you do not answer within %n second(s), nothing is sent.</source>
        <translation>
            <numerusform>Os na fyddwch chi&apos;n ateb o fewn %n eiliad, fydd dim yn cael ei anfon.</numerusform>
            <numerusform>Os na fyddwch chi&apos;n ateb o fewn %n eiliad, fydd dim yn cael ei anfon.</numerusform>
            <numerusform>Os na fyddwch chi&apos;n ateb o fewn %n eiliad, fydd dim yn cael ei anfon.</numerusform>
            <numerusform>Os na fyddwch chi&apos;n ateb o fewn %n eiliad, fydd dim yn cael ei anfon.</numerusform>
            <numerusform>Os na fyddwch chi&apos;n ateb o fewn %n eiliad, fydd dim yn cael ei anfon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenScaffold</name>
    <message>
        <source>Council services</source>
        <translation>Gwasanaethau&apos;r cyngor</translation>
    </message>
    <message>
        <source>Display and language</source>
        <translation>Arddangos ac iaith</translation>
    </message>
    <message>
        <source>Text size, contrast, reading aloud and language</source>
        <translation>Maint y testun, cyferbyniad, darllen yn uchel ac iaith</translation>
    </message>
</context>
<context>
    <name>ServiceListScreen</name>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Beth rydych chi eisiau ei wneud?</translation>
    </message>
    <message>
        <source>Opens a government website on this kiosk.</source>
        <translation>Yn agor gwefan y llywodraeth ar y ciosg hwn.</translation>
    </message>
</context>
<context>
    <name>SettingsCardScreen</name>
    <message>
        <source>Settings card</source>
        <translation>Cerdyn gosodiadau</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Use this code</source>
        <translation>Defnyddio&apos;r cod hwn</translation>
    </message>
    <message>
        <source>A settings card keeps your text size, contrast, read aloud, speech speed, language and more time. It has no personal details on it.</source>
        <translation>Mae cerdyn gosodiadau yn cadw maint eich testun, y cyferbyniad, darllen yn uchel, cyflymder y llais, yr iaith a mwy o amser. Does dim manylion personol arno.</translation>
    </message>
    <message>
        <source>Give me more time on each page</source>
        <translation>Rhoi mwy o amser i mi ar bob tudalen</translation>
    </message>
    <message>
        <source>Save my settings</source>
        <translation>Cadw fy ngosodiadau</translation>
    </message>
    <message>
        <source>Shows a QR code and a short code for your settings</source>
        <translation>Yn dangos cod QR a chod byr ar gyfer eich gosodiadau</translation>
    </message>
    <message>
        <source>QR code of your settings</source>
        <translation>Cod QR eich gosodiadau</translation>
    </message>
    <message>
        <source>Print my settings card</source>
        <translation>Argraffu fy ngherdyn gosodiadau</translation>
    </message>
    <message>
        <source>Printing your settings card…</source>
        <translation>Wrthi&apos;n argraffu eich cerdyn gosodiadau…</translation>
    </message>
    <message>
        <source>Your settings card has printed. Take it from the printer.</source>
        <translation>Mae eich cerdyn gosodiadau wedi&apos;i argraffu. Ewch ag ef o&apos;r argraffydd.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Take a photo of the QR code or write down the code.</source>
        <translation>Does dim papur yn yr argraffydd. Tynnwch lun o&apos;r cod QR neu ysgrifennwch y cod.</translation>
    </message>
    <message>
        <source>The printer is not working at the moment. Take a photo of the QR code or write down the code.</source>
        <translation>Dydy&apos;r argraffydd ddim yn gweithio ar hyn o bryd. Tynnwch lun o&apos;r cod QR neu ysgrifennwch y cod.</translation>
    </message>
    <message>
        <source>Use a settings card</source>
        <translation>Defnyddio cerdyn gosodiadau</translation>
    </message>
    <message>
        <source>Code on your settings card</source>
        <translation>Y cod ar eich cerdyn gosodiadau</translation>
    </message>
    <message>
        <source>Your settings card has been applied.</source>
        <translation>Mae eich cerdyn gosodiadau wedi&apos;i ddefnyddio.</translation>
    </message>
    <message>
        <source>It starts with KS1, like KS1-EN-00010-1</source>
        <translation>Mae&apos;n dechrau gyda KS1, fel KS1-EN-00010-1</translation>
    </message>
</context>
<context>
    <name>StaffCard</name>
    <message>
        <source>This card was not recognised. Type your helper number and PIN instead.</source>
        <translation>Chafodd y cerdyn hwn mo&apos;i adnabod. Teipiwch eich rhif cynorthwyydd a&apos;ch PIN yn lle hynny.</translation>
    </message>
    <message>
        <source>The card could not be read. Swipe it again, slowly.</source>
        <translation>Doedd dim modd darllen y cerdyn. Llithrwch ef eto, yn araf.</translation>
    </message>
</context>
<context>
    <name>Submitter</name>
    <message>
        <source>Your form could not be saved. Ask a member of staff.</source>
        <translation>Doedd dim modd cadw eich ffurflen. Gofynnwch i aelod o staff.</translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <source>Text size</source>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <source>Standard text size</source>
        <translation>Maint testun arferol</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Testun mawr</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Testun mwyaf</translation>
    </message>
    <message>
        <source>A</source>
        <comment>text size button glyph</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation>Maint y testun %1%</translation>
    </message>
    <message>
        <source>Makes all the writing on the screen bigger or smaller</source>
        <translation>Yn gwneud yr holl ysgrifen ar y sgrin yn fwy neu&apos;n llai</translation>
    </message>
</context>
<context>
    <name>TrackScreen</name>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Gwirio</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>It starts with CK</source>
        <translation>Mae&apos;n dechrau gyda CK</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Yn gwirio…</translation>
    </message>
    <message>
        <source>Reference %1. %2</source>
        <translation>Cyfeirnod %1. %2</translation>
    </message>
    <message>
        <source>Reference %1. %2 Note from the council: %3</source>
        <translation>Cyfeirnod %1. %2 Nodyn gan y cyngor: %3</translation>
    </message>
    <message>
        <source>Note from the council</source>
        <translation>Nodyn gan y cyngor</translation>
    </message>
    <message>
        <source>Check on a form you sent</source>
        <translation>Gwirio ffurflen a anfonoch chi</translation>
    </message>
    <message>
        <source>Type the reference number you were given. It starts with CK, like CK-7F3K-92QD-X.</source>
        <translation>Teipiwch y cyfeirnod a gawsoch. Mae&apos;n dechrau gyda CK, fel CK-7F3K-92QD-X.</translation>
    </message>
</context>
<context>
    <name>TrackingStatus</name>
    <message>
        <source>We last checked on %1 at %2.</source>
        <translation>Gwnaethom wirio ddiwethaf ar %1 am %2.</translation>
    </message>
    <message>
        <source>Received by the council.</source>
        <translation>Wedi&apos;i dderbyn gan y cyngor.</translation>
    </message>
    <message>
        <source>Received by the council on %1.</source>
        <translation>Wedi&apos;i dderbyn gan y cyngor ar %1.</translation>
    </message>
    <message>
        <source>The council is working on this.</source>
        <translation>Mae&apos;r cyngor yn gweithio ar hyn.</translation>
    </message>
    <message>
        <source>The council is working on this. Last update on %1.</source>
        <translation>Mae&apos;r cyngor yn gweithio ar hyn. Diweddariad diwethaf ar %1.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Wedi&apos;i gau.</translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation>Wedi&apos;i gau ar %1.</translation>
    </message>
    <message>
        <source>We could not understand the council&apos;s answer. Try again later.</source>
        <translation>Doedden ni ddim yn gallu deall ateb y cyngor. Rhowch gynnig arall arni nes ymlaen.</translation>
    </message>
    <message>
        <source>Waiting to be sent from this kiosk. It will be sent when the kiosk is back online.</source>
        <translation>Yn aros i gael ei anfon o&apos;r ciosg hwn. Bydd yn cael ei anfon pan fydd y ciosg ar-lein eto.</translation>
    </message>
    <message>
        <source>There was a problem sending this form. Ask a member of staff.</source>
        <translation>Roedd problem wrth anfon y ffurflen hon. Gofynnwch i aelod o staff.</translation>
    </message>
    <message>
        <source>We cannot find this reference number. If you sent the form today, check again tomorrow.</source>
        <translation>Allwn ni ddim dod o hyd i&apos;r cyfeirnod hwn. Os anfonoch chi&apos;r ffurflen heddiw, gwiriwch eto yfory.</translation>
    </message>
    <message>
        <source>We could not check this just now. Try again later.</source>
        <translation>Doedden ni ddim yn gallu gwirio hyn nawr. Rhowch gynnig arall arni nes ymlaen.</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The web allow-list entry &quot;%1&quot; is not an http or https address with a host.</source>
        <translation>Dydy&apos;r cofnod &quot;%1&quot; yn y rhestr gwefannau a ganiateir ddim yn gyfeiriad http neu https gyda gwesteiwr.</translation>
    </message>
</context>
<context>
    <name>WebEngineBackend</name>
    <message>
        <source>Online services are not available on this kiosk at the moment.</source>
        <translation>Dydy gwasanaethau ar-lein ddim ar gael ar y ciosg hwn ar hyn o bryd.</translation>
    </message>
</context>
<context>
    <name>WebHeader</name>
    <message>
        <source>Back to the kiosk</source>
        <translation>Yn ôl i&apos;r ciosg</translation>
    </message>
    <message>
        <source>Leave this website and return to the council services</source>
        <translation>Gadael y wefan hon a mynd yn ôl i wasanaethau&apos;r cyngor</translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation>Gofyn am help</translation>
    </message>
    <message>
        <source>Lets the member of staff helping you know that you need them</source>
        <translation>Yn rhoi gwybod i&apos;r aelod o staff sy&apos;n eich helpu bod angen help arnoch chi</translation>
    </message>
    <message>
        <source>Your helper has been asked to come and help you.</source>
        <translation>Mae&apos;r cynorthwyydd wedi cael cais i ddod i&apos;ch helpu chi.</translation>
    </message>
</context>
<context>
    <name>WebServiceScreen</name>
    <message>
        <source>This page is not available on this kiosk</source>
        <translation>Dydy&apos;r dudalen hon ddim ar gael ar y ciosg hwn</translation>
    </message>
    <message>
        <source>For your safety this kiosk only opens council and government services. You can go back to the service, or back to the kiosk.</source>
        <translation>Er eich diogelwch, dim ond gwasanaethau&apos;r cyngor a&apos;r llywodraeth y mae&apos;r ciosg hwn yn eu hagor. Gallwch fynd yn ôl i&apos;r gwasanaeth, neu yn ôl i&apos;r ciosg.</translation>
    </message>
    <message>
        <source>Go back to the service</source>
        <translation>Mynd yn ôl i&apos;r gwasanaeth</translation>
    </message>
    <message>
        <source>Online services are not available at the moment</source>
        <translation>Dydy gwasanaethau ar-lein ddim ar gael ar hyn o bryd</translation>
    </message>
    <message>
        <source>Try again later, or ask a member of staff. The other services on this kiosk still work.</source>
        <translation>Rhowch gynnig arall arni nes ymlaen, neu gofynnwch i aelod o staff. Mae&apos;r gwasanaethau eraill ar y ciosg hwn yn dal i weithio.</translation>
    </message>
    <message>
        <source>An answer you gave, not read out without headphones.</source>
        <translation>Ateb a roesoch chi, heb ei ddarllen yn uchel heb glustffonau.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to council services</source>
        <translation>Croeso i wasanaethau&apos;r cyngor</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Dewiswch eich iaith</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Start using the council services</source>
        <translation>Dechrau defnyddio gwasanaethau&apos;r cyngor</translation>
    </message>
    <message>
        <source>Staff: sign in to help someone</source>
        <translation>Staff: mewngofnodi i helpu rhywun</translation>
    </message>
    <message>
        <source>Use this kiosk to report a problem to the council or to comment on a planning application. It takes about 5 minutes.</source>
        <translation>Defnyddiwch y ciosg hwn i roi gwybod i&apos;r cyngor am broblem neu i roi sylwadau ar gais cynllunio. Mae&apos;n cymryd tua 5 munud.</translation>
    </message>
    <message>
        <source>Nothing you type is kept on this kiosk after you finish.</source>
        <translation>Does dim byd rydych yn ei deipio yn cael ei gadw ar y ciosg hwn ar ôl i chi orffen.</translation>
    </message>
    <message>
        <source>Check on a form you sent</source>
        <translation>Gwirio ffurflen a anfonoch chi</translation>
    </message>
    <message>
        <source>Use the reference number you were given to see what is happening with your form</source>
        <translation>Defnyddiwch y cyfeirnod a gawsoch i weld beth sy&apos;n digwydd i&apos;ch ffurflen</translation>
    </message>
    <message>
        <source>Settings card</source>
        <translation>Cerdyn gosodiadau</translation>
    </message>
    <message>
        <source>Save your text size, contrast and speech on a card, or use the card you have</source>
        <translation>Cadw maint eich testun, y cyferbyniad a&apos;r llais ar gerdyn, neu ddefnyddio&apos;r cerdyn sydd gennych chi</translation>
    </message>
</context>
<context>
    <name>ck</name>
    <message>
        <source>destination names use letters, digits, &apos;-&apos; and &apos;_&apos; only</source>
        <translation>mae enwau cyrchfannau&apos;n defnyddio llythrennau, digidau, &apos;-&apos; a &apos;_&apos; yn unig</translation>
    </message>
    <message>
        <source>unknown destination type &quot;%1&quot; (expected &quot;open311&quot; or &quot;json&quot;)</source>
        <translation>math o gyrchfan anhysbys &quot;%1&quot; (disgwyl &quot;open311&quot; neu &quot;json&quot;)</translation>
    </message>
    <message>
        <source>give either apiKey or credentialRef, not both</source>
        <translation>rhowch naill ai apiKey neu credentialRef, nid y ddau</translation>
    </message>
    <message>
        <source>a credential name, not a path</source>
        <translation>enw cymhwyster, nid llwybr</translation>
    </message>
    <message>
        <source>helper id &quot;%1&quot; appears twice</source>
        <translation>mae&apos;r id cynorthwyydd &quot;%1&quot; yn ymddangos ddwywaith</translation>
    </message>
    <message>
        <source>required when fleet.configUrl is set: unsigned configuration is never applied</source>
        <translation>yn ofynnol pan fydd fleet.configUrl wedi&apos;i osod: ni chaiff ffurfweddiad heb ei lofnodi byth ei ddefnyddio</translation>
    </message>
    <message>
        <source>expected a base64 raw Ed25519 public key (32 bytes) or a PEM public key</source>
        <translation>disgwyl allwedd gyhoeddus Ed25519 amrwd mewn base64 (32 beit) neu allwedd gyhoeddus PEM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a configured json destination</source>
        <translation>Dydy &quot;%1&quot; ddim yn gyrchfan json wedi&apos;i ffurfweddu</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>rhaid iddo fod yn llwybr absoliwt</translation>
    </message>
    <message>
        <source>Enter your answer as text</source>
        <translation>Rhowch eich ateb fel testun</translation>
    </message>
    <message>
        <source>Enter your answer</source>
        <translation>Rhowch eich ateb</translation>
    </message>
    <message>
        <source>Enter a number</source>
        <translation>Rhowch rif</translation>
    </message>
    <message>
        <source>Enter a whole number, like 5</source>
        <translation>Rhowch rif cyfan, fel 5</translation>
    </message>
    <message>
        <source>Enter a number between %1 and %2</source>
        <translation>Rhowch rif rhwng %1 a %2</translation>
    </message>
    <message>
        <source>Enter a number of %1 or more</source>
        <translation>Rhowch rif sy&apos;n %1 neu fwy</translation>
    </message>
    <message>
        <source>Enter a number of %1 or less</source>
        <translation>Rhowch rif sy&apos;n %1 neu lai</translation>
    </message>
    <message>
        <source>Date must be a real date</source>
        <translation>Rhaid i&apos;r dyddiad fod yn ddyddiad go iawn</translation>
    </message>
    <message>
        <source>Enter a date</source>
        <translation>Rhowch ddyddiad</translation>
    </message>
    <message>
        <source>Date must include a day</source>
        <translation>Rhaid i&apos;r dyddiad gynnwys diwrnod</translation>
    </message>
    <message>
        <source>Date must include a month</source>
        <translation>Rhaid i&apos;r dyddiad gynnwys mis</translation>
    </message>
    <message>
        <source>Date must include a year</source>
        <translation>Rhaid i&apos;r dyddiad gynnwys blwyddyn</translation>
    </message>
    <message>
        <source>Year must include 4 numbers</source>
        <translation>Rhaid i&apos;r flwyddyn gynnwys 4 rhif</translation>
    </message>
    <message>
        <source>Date must be today or in the past</source>
        <translation>Rhaid i&apos;r dyddiad fod heddiw neu yn y gorffennol</translation>
    </message>
    <message>
        <source>Date must be today or in the future</source>
        <translation>Rhaid i&apos;r dyddiad fod heddiw neu yn y dyfodol</translation>
    </message>
    <message>
        <source>Select an option</source>
        <translation>Dewiswch opsiwn</translation>
    </message>
    <message>
        <source>Select one of the options</source>
        <translation>Dewiswch un o&apos;r opsiynau</translation>
    </message>
    <message>
        <source>Select at least one option</source>
        <translation>Dewiswch o leiaf un opsiwn</translation>
    </message>
    <message>
        <source>Select yes or no</source>
        <translation>Dewiswch ie neu na</translation>
    </message>
    <message>
        <source>Enter an email address</source>
        <translation>Rhowch gyfeiriad e-bost</translation>
    </message>
    <message>
        <source>Enter an email address in the correct format, like name@example.com</source>
        <translation>Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com</translation>
    </message>
    <message>
        <source>Enter a phone number</source>
        <translation>Rhowch rif ffôn</translation>
    </message>
    <message>
        <source>Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192</source>
        <translation>Rhowch rif ffôn, fel 01632 960 001, 07700 900 982 neu +44 808 157 0192</translation>
    </message>
    <message>
        <source>Enter a postcode</source>
        <translation>Rhowch god post</translation>
    </message>
    <message>
        <source>Enter a real postcode, like CF10 1AA</source>
        <translation>Rhowch god post go iawn, fel CF10 1AA</translation>
    </message>
    <message>
        <source>Enter the address</source>
        <translation>Rhowch y cyfeiriad</translation>
    </message>
    <message>
        <source>Enter the first line of the address</source>
        <translation>Rhowch linell gyntaf y cyfeiriad</translation>
    </message>
    <message>
        <source>No service has been started.</source>
        <translation>Does dim gwasanaeth wedi&apos;i ddechrau.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Does dim modd darllen y ffeil allwedd %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file</source>
        <translation>Mae %1 yn rhy fawr i fod yn ffeil allwedd</translation>
    </message>
    <message>
        <source>No fleet.publicKey is configured, so no signed configuration is accepted.</source>
        <translation>Does dim fleet.publicKey wedi&apos;i ffurfweddu, felly does dim ffurfweddiad wedi&apos;i lofnodi yn cael ei dderbyn.</translation>
    </message>
    <message>
        <source>signed configuration</source>
        <translation>ffurfweddiad wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>The signed configuration is for kiosk &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Mae&apos;r ffurfweddiad wedi&apos;i lofnodi ar gyfer ciosg &quot;%1&quot;, nid &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A signed configuration cannot move the data directory; change it on the kiosk itself.</source>
        <translation>Dydy ffurfweddiad wedi&apos;i lofnodi ddim yn gallu symud y cyfeiriadur data; newidiwch ef ar y ciosg ei hun.</translation>
    </message>
    <message>
        <source>The encryption library failed.</source>
        <translation>Methodd y llyfrgell amgryptio.</translation>
    </message>
    <message>
        <source>The kiosk key %1 must hold 32 bytes or 64 hex digits.</source>
        <translation>Rhaid i allwedd y ciosg %1 gynnwys 32 beit neu 64 digid hecs.</translation>
    </message>
    <message>
        <source>The kiosk key %1 cannot be read: %2</source>
        <translation>Does dim modd darllen allwedd y ciosg %1: %2</translation>
    </message>
    <message>
        <source>The kiosk key %1 is too large.</source>
        <translation>Mae allwedd y ciosg %1 yn rhy fawr.</translation>
    </message>
    <message>
        <source>The key directory %1 cannot be created.</source>
        <translation>Does dim modd creu&apos;r cyfeiriadur allweddi %1.</translation>
    </message>
    <message>
        <source>The kiosk key %1 cannot be written: %2</source>
        <translation>Does dim modd ysgrifennu allwedd y ciosg %1: %2</translation>
    </message>
    <message>
        <source>The quarantine folder cannot be created.</source>
        <translation>Does dim modd creu&apos;r ffolder cwarantîn.</translation>
    </message>
    <message>
        <source>The damaged outbox could not be moved to the quarantine folder.</source>
        <translation>Doedd dim modd symud y blwch anfon sydd wedi&apos;i ddifrodi i&apos;r ffolder cwarantîn.</translation>
    </message>
    <message>
        <source>%1 is not a kiosk number: use a whole number from %2 to %3, a different one for every kiosk in the fleet</source>
        <translation>Dydy %1 ddim yn rhif ciosg: defnyddiwch rif cyfan o %2 i %3, un gwahanol i bob ciosg yn y fflyd</translation>
    </message>
    <message>
        <source>a credential name (letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;), not a path</source>
        <translation>enw cymhwyster (llythrennau, digidau, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;), nid llwybr</translation>
    </message>
    <message>
        <source>A signed configuration cannot change where the outbox key is (outboxKey); change it on the kiosk itself.</source>
        <translation>Dydy ffurfweddiad wedi&apos;i lofnodi ddim yn gallu newid ble mae allwedd y blwch anfon (outboxKey); newidiwch hi ar y ciosg ei hun.</translation>
    </message>
    <message>
        <source>The kiosk is delivering (%1); try again in a moment.</source>
        <translation>Mae&apos;r ciosg wrthi&apos;n anfon (%1); rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>%1 is delivering from this outbox; try again in a moment.</source>
        <translation>Mae %1 wrthi&apos;n anfon o&apos;r blwch anfon hwn; rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>Another program is delivering from this outbox; try again in a moment.</source>
        <translation>Mae rhaglen arall wrthi&apos;n anfon o&apos;r blwch anfon hwn; rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>The kiosk key %1 is encrypted, but systemd-creds is not installed to decrypt it.</source>
        <translation>Mae allwedd y ciosg %1 wedi&apos;i hamgryptio, ond nid yw systemd-creds wedi&apos;i osod i&apos;w dadgryptio.</translation>
    </message>
    <message>
        <source>The kiosk key %1 cannot be decrypted with systemd-creds: %2</source>
        <translation>Does dim modd dadgryptio allwedd y ciosg %1 gyda systemd-creds: %2</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>disgwylir gwir neu gau (true neu false)</translation>
    </message>
    <message>
        <source>must start with &quot;cy&quot; when welshLanguageStandards is true</source>
        <translation>rhaid iddo ddechrau gyda &quot;cy&quot; pan fydd welshLanguageStandards yn true</translation>
    </message>
    <message>
        <source>must include &quot;en&quot; when welshLanguageStandards is true: the welcome screen is in Welsh and English</source>
        <translation>rhaid iddo gynnwys &quot;en&quot; pan fydd welshLanguageStandards yn true: mae&apos;r sgrin groeso yn Gymraeg ac yn Saesneg</translation>
    </message>
    <message>
        <source>must be &quot;cy&quot; when welshLanguageStandards is true</source>
        <translation>rhaid iddo fod yn &quot;cy&quot; pan fydd welshLanguageStandards yn true</translation>
    </message>
    <message>
        <source>expected an object of names by language, like {&quot;en&quot;: &quot;Central Library&quot;}</source>
        <translation>disgwylir gwrthrych o enwau fesul iaith, fel {&quot;en&quot;: &quot;Central Library&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the configured languages</source>
        <translation>Dydy &quot;%1&quot; ddim yn un o&apos;r ieithoedd a ffurfweddwyd</translation>
    </message>
    <message>
        <source>expected a name of 1 to 80 characters, without &quot;%&quot;</source>
        <translation>disgwylir enw o 1 i 80 nod, heb &quot;%&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Your answer must be %n character(s) or fewer</source>
        <translation>
            <numerusform>Rhaid i&apos;ch ateb fod yn %n nod neu lai</numerusform>
            <numerusform>Rhaid i&apos;ch ateb fod yn %n nod neu lai</numerusform>
            <numerusform>Rhaid i&apos;ch ateb fod yn %n nod neu lai</numerusform>
            <numerusform>Rhaid i&apos;ch ateb fod yn %n nod neu lai</numerusform>
            <numerusform>Rhaid i&apos;ch ateb fod yn %n nod neu lai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your answer must be %n character(s) or more</source>
        <translation>
            <numerusform>Rhaid i&apos;ch ateb fod yn %n nod neu fwy</numerusform>
            <numerusform>Rhaid i&apos;ch ateb fod yn %n nod neu fwy</numerusform>
            <numerusform>Rhaid i&apos;ch ateb fod yn %n nod neu fwy</numerusform>
            <numerusform>Rhaid i&apos;ch ateb fod yn %n nod neu fwy</numerusform>
            <numerusform>Rhaid i&apos;ch ateb fod yn %n nod neu fwy</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a number, like 5 or %1</source>
        <translation>Rhowch rif, fel 5 neu %1</translation>
    </message>
    <message>
        <source>Enter the number with a comma for decimals, like %1, and no full stop between thousands</source>
        <translation>Rhowch y rhif gyda choma ar gyfer degolion, fel %1, a heb atalnod llawn rhwng miloedd</translation>
    </message>
    <message>
        <source>Enter the number with a full stop for decimals, like %1</source>
        <translation>Rhowch y rhif gydag atalnod llawn ar gyfer degolion, fel %1</translation>
    </message>
    <message numerus="yes">
        <source>Email address must be %n character(s) or fewer</source>
        <translation>
            <numerusform>Rhaid i&apos;r cyfeiriad e-bost fod yn %n nod neu lai</numerusform>
            <numerusform>Rhaid i&apos;r cyfeiriad e-bost fod yn %n nod neu lai</numerusform>
            <numerusform>Rhaid i&apos;r cyfeiriad e-bost fod yn %n nod neu lai</numerusform>
            <numerusform>Rhaid i&apos;r cyfeiriad e-bost fod yn %n nod neu lai</numerusform>
            <numerusform>Rhaid i&apos;r cyfeiriad e-bost fod yn %n nod neu lai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each line of the address must be %n character(s) or fewer</source>
        <translation>
            <numerusform>Rhaid i bob llinell o&apos;r cyfeiriad fod yn %n nod neu lai</numerusform>
            <numerusform>Rhaid i bob llinell o&apos;r cyfeiriad fod yn %n nod neu lai</numerusform>
            <numerusform>Rhaid i bob llinell o&apos;r cyfeiriad fod yn %n nod neu lai</numerusform>
            <numerusform>Rhaid i bob llinell o&apos;r cyfeiriad fod yn %n nod neu lai</numerusform>
            <numerusform>Rhaid i bob llinell o&apos;r cyfeiriad fod yn %n nod neu lai</numerusform>
        </translation>
    </message>
    <message>
        <source>only an open311 destination can discover its services</source>
        <translation>dim ond cyrchfan open311 all ddarganfod ei gwasanaethau</translation>
    </message>
    <message>
        <source>The document is larger than 2 MB.</source>
        <translation>Mae&apos;r ddogfen yn fwy na 2 MB.</translation>
    </message>
    <message>
        <source>The XML document has a DTD, which Open311 never uses.</source>
        <translation>Mae gan y ddogfen XML DTD, nad yw Open311 byth yn ei ddefnyddio.</translation>
    </message>
    <message>
        <source>This is not readable XML (%1).</source>
        <translation>Dydy hwn ddim yn XML darllenadwy (%1).</translation>
    </message>
    <message>
        <source>This is not readable XML (line %1: %2).</source>
        <translation>Dydy hwn ddim yn XML darllenadwy (llinell %1: %2).</translation>
    </message>
    <message>
        <source>This is not valid JSON (at character %1: %2).</source>
        <translation>Dydy hwn ddim yn JSON dilys (wrth nod %1: %2).</translation>
    </message>
    <message>
        <source>Unknown key. Check the spelling against docs/flows.md.</source>
        <translation>Allwedd anhysbys. Gwiriwch y sillafu yn erbyn docs/flows.md.</translation>
    </message>
    <message>
        <source>Expected an object of translations, like {&quot;cy&quot;: &quot;...&quot;}.</source>
        <translation>Disgwylid gwrthrych o gyfieithiadau, fel {&quot;cy&quot;: &quot;...&quot;}.</translation>
    </message>
    <message>
        <source>Expected a text that is not empty.</source>
        <translation>Disgwylid testun nad yw&apos;n wag.</translation>
    </message>
    <message>
        <source>required when fleet.commandsUrl is set: unsigned commands are never run</source>
        <translation>yn ofynnol pan fydd fleet.commandsUrl wedi&apos;i osod: nid yw gorchmynion heb eu llofnodi byth yn cael eu rhedeg</translation>
    </message>
    <message>
        <source>No kiosk key was found for the outbox in %1. The kiosk looks for it in: %2. Put the key back there: a new key could not open the forms already in the outbox.</source>
        <translation>Chafwyd dim hyd i allwedd y ciosg ar gyfer y blwch anfon yn %1. Mae&apos;r ciosg yn chwilio amdani yn: %2. Rhowch yr allwedd yn ôl yno: fyddai allwedd newydd ddim yn gallu agor y ffurflenni sydd eisoes yn y blwch anfon.</translation>
    </message>
    <message>
        <source>expected a CUPS printer name or an ipp:// or ipps:// address</source>
        <translation>disgwylir enw argraffydd CUPS neu gyfeiriad ipp:// neu ipps://</translation>
    </message>
    <message>
        <source>expected an object of texts by language, like {&quot;en&quot;: &quot;Phone 029 2087 2087&quot;}</source>
        <translation>disgwylir gwrthrych o destunau fesul iaith, fel {&quot;cy&quot;: &quot;Ffoniwch 029 2087 2087&quot;}</translation>
    </message>
    <message>
        <source>expected a text of 1 to 200 characters</source>
        <translation>disgwylir testun o 1 i 200 nod</translation>
    </message>
</context>
<context>
    <name>ck::AdminGate</name>
    <message>
        <source>No admin PIN is set for this kiosk.</source>
        <translation>Does dim PIN gweinyddwr wedi&apos;i osod ar gyfer y ciosg hwn.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Gormod o PINau anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o PINau anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o PINau anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o PINau anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o PINau anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. %n attempt(s) left before a pause.</source>
        <translation>
            <numerusform>Dydy&apos;r PIN hwnnw ddim yn gywir. %n cynnig ar ôl cyn saib.</numerusform>
            <numerusform>Dydy&apos;r PIN hwnnw ddim yn gywir. %n cynnig ar ôl cyn saib.</numerusform>
            <numerusform>Dydy&apos;r PIN hwnnw ddim yn gywir. %n cynnig ar ôl cyn saib.</numerusform>
            <numerusform>Dydy&apos;r PIN hwnnw ddim yn gywir. %n cynnig ar ôl cyn saib.</numerusform>
            <numerusform>Dydy&apos;r PIN hwnnw ddim yn gywir. %n cynnig ar ôl cyn saib.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ck::AdminStatus</name>
    <message>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Yn aros i&apos;w anfon</translation>
    </message>
    <message>
        <source>Sending now</source>
        <translation>Yn anfon nawr</translation>
    </message>
    <message>
        <source>Delivered (receipts kept)</source>
        <translation>Wedi&apos;u danfon (derbynebau wedi&apos;u cadw)</translation>
    </message>
    <message>
        <source>Refused by the service (dead letters)</source>
        <translation>Wedi&apos;u gwrthod gan y gwasanaeth (llythyrau marw)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of the admin screen&apos;s usage counts, e.g. &quot;Used read aloud: 3&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sessions today</source>
        <translation>Sesiynau heddiw</translation>
    </message>
    <message>
        <source>Finished with a reference number</source>
        <translation>Wedi gorffen gyda chyfeirnod</translation>
    </message>
    <message>
        <source>Left before the end</source>
        <translation>Wedi gadael cyn y diwedd</translation>
    </message>
    <message>
        <source>Helped by staff</source>
        <translation>Wedi cael help gan staff</translation>
    </message>
    <message>
        <source>Used read aloud</source>
        <translation>Wedi defnyddio darllen yn uchel</translation>
    </message>
    <message>
        <source>Used larger text</source>
        <translation>Wedi defnyddio testun mwy</translation>
    </message>
    <message>
        <source>Earlier days waiting to be sent</source>
        <translation>Diwrnodau cynharach yn aros i&apos;w hanfon</translation>
    </message>
</context>
<context>
    <name>ck::Aead</name>
    <message>
        <source>The encryption key has the wrong size.</source>
        <translation>Mae maint yr allwedd amgryptio yn anghywir.</translation>
    </message>
    <message>
        <source>Stored data failed its integrity check and was not used.</source>
        <translation>Methodd y data a storiwyd ei wiriad cywirdeb ac ni chafodd ei ddefnyddio.</translation>
    </message>
</context>
<context>
    <name>ck::ConfigSigner</name>
    <message>
        <source>The key is not an Ed25519 key.</source>
        <translation>Dydy&apos;r allwedd ddim yn allwedd Ed25519.</translation>
    </message>
    <message>
        <source>The private key PEM cannot be read.</source>
        <translation>Does dim modd darllen PEM yr allwedd breifat.</translation>
    </message>
    <message>
        <source>Expected a PEM private key or the base64 of a 32-byte Ed25519 seed.</source>
        <translation>Disgwyl allwedd breifat PEM neu base64 hedyn Ed25519 32 beit.</translation>
    </message>
    <message>
        <source>The public key PEM cannot be read.</source>
        <translation>Does dim modd darllen PEM yr allwedd gyhoeddus.</translation>
    </message>
    <message>
        <source>Expected a PEM public key or the base64 of a 32-byte Ed25519 key.</source>
        <translation>Disgwyl allwedd gyhoeddus PEM neu base64 allwedd Ed25519 32 beit.</translation>
    </message>
    <message>
        <source>Signing needs a private key.</source>
        <translation>Mae angen allwedd breifat i lofnodi.</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the configuration.</source>
        <translation>Doedd OpenSSL ddim yn gallu llofnodi&apos;r ffurfweddiad.</translation>
    </message>
    <message>
        <source>The signed configuration is not a JSON object (%1).</source>
        <translation>Dydy&apos;r ffurfweddiad wedi&apos;i lofnodi ddim yn wrthrych JSON (%1).</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>math anghywir</translation>
    </message>
    <message>
        <source>Unknown member &quot;%1&quot; in the signed configuration.</source>
        <translation>Aelod anhysbys &quot;%1&quot; yn y ffurfweddiad wedi&apos;i lofnodi.</translation>
    </message>
    <message>
        <source>The configuration is not signed.</source>
        <translation>Dydy&apos;r ffurfweddiad ddim wedi&apos;i lofnodi.</translation>
    </message>
    <message>
        <source>The configuration was signed with key %1, but this kiosk trusts key %2.</source>
        <translation>Cafodd y ffurfweddiad ei lofnodi gydag allwedd %1, ond mae&apos;r ciosg hwn yn ymddiried yn allwedd %2.</translation>
    </message>
    <message>
        <source>The configuration signature does not verify: it was changed after signing or signed with another key.</source>
        <translation>Dydy llofnod y ffurfweddiad ddim yn dilysu: cafodd ei newid ar ôl ei lofnodi neu ei lofnodi gydag allwedd arall.</translation>
    </message>
    <message>
        <source>The signed envelope has no &quot;%1&quot; object.</source>
        <translation>Does dim gwrthrych &quot;%1&quot; yn yr amlen wedi&apos;i llofnodi.</translation>
    </message>
</context>
<context>
    <name>ck::ConfigStore</name>
    <message>
        <source>The signed configuration has version %1, not newer than the running %2.</source>
        <translation>Mae gan y ffurfweddiad wedi&apos;i lofnodi fersiwn %1, dim yn fwy newydd na&apos;r %2 sy&apos;n rhedeg.</translation>
    </message>
    <message>
        <source>The last start with this configuration did not complete.</source>
        <translation>Wnaeth y cychwyn diwethaf gyda&apos;r ffurfweddiad hwn ddim gorffen.</translation>
    </message>
    <message>
        <source>The pending marker cannot be written.</source>
        <translation>Does dim modd ysgrifennu&apos;r marciwr yn yr arfaeth.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Methu creu %1.</translation>
    </message>
    <message>
        <source>Configuration version %1 was installed; it takes effect at the next start.</source>
        <translation>Gosodwyd fersiwn ffurfweddu %1; daw i rym y tro nesaf y bydd yn cychwyn.</translation>
    </message>
    <message>
        <source>Cannot clear the pending marker.</source>
        <translation>Does dim modd clirio&apos;r marciwr yn yr arfaeth.</translation>
    </message>
    <message>
        <source>Went back to the previous configuration: %1</source>
        <translation>Wedi mynd yn ôl i&apos;r ffurfweddiad blaenorol: %1</translation>
    </message>
    <message>
        <source>Went back to the local configuration: %1</source>
        <translation>Wedi mynd yn ôl i&apos;r ffurfweddiad lleol: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Does dim modd ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>Configuration version %1 is not installed: version %2 failed to start on this kiosk and was rolled back, so only a version higher than %2 is tried.</source>
        <translation>Dydy fersiwn %1 o&apos;r ffurfweddiad ddim wedi&apos;i gosod: methodd fersiwn %2 â chychwyn ar y ciosg hwn a chafodd ei dychwelyd, felly dim ond fersiwn uwch na %2 a roddir ar brawf.</translation>
    </message>
</context>
<context>
    <name>ck::ConfigUpdater</name>
    <message>
        <source>Could not fetch the configuration (HTTP %1): %2</source>
        <translation>Doedd dim modd nôl y ffurfweddiad (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The configuration download is too large.</source>
        <translation>Mae&apos;r ffurfweddiad a lwythwyd i lawr yn rhy fawr.</translation>
    </message>
    <message>
        <source>Version %1 is older than the installed version %2.</source>
        <translation>Mae fersiwn %1 yn hŷn na&apos;r fersiwn %2 sydd wedi&apos;i gosod.</translation>
    </message>
</context>
<context>
    <name>ck::DeliveryLock</name>
    <message>
        <source>The delivery lock %1 cannot be opened: %2</source>
        <translation>Does dim modd agor y clo anfon %1: %2</translation>
    </message>
    <message>
        <source>The delivery lock %1 cannot be taken: %2</source>
        <translation>Does dim modd cymryd y clo anfon %1: %2</translation>
    </message>
</context>
<context>
    <name>ck::DestinationAdapter</name>
    <message>
        <source>Destination &quot;%1&quot; has no valid http(s) address.</source>
        <translation>Does gan y gyrchfan &quot;%1&quot; ddim cyfeiriad http(s) dilys.</translation>
    </message>
    <message>
        <source>Destination &quot;%1&quot;: the pinned CA certificate cannot be read.</source>
        <translation>Cyrchfan &quot;%1&quot;: does dim modd darllen y dystysgrif CA sydd wedi&apos;i phinio.</translation>
    </message>
    <message>
        <source>Destination &quot;%1&quot; has an unknown type &quot;%2&quot; (open311 or json).</source>
        <translation>Mae gan y gyrchfan &quot;%1&quot; fath anhysbys &quot;%2&quot; (open311 neu json).</translation>
    </message>
    <message>
        <source>TLS: the certificate of &quot;%1&quot; is not trusted (%2). Check the destination&apos;s CA pin and the server certificate&apos;s dates.</source>
        <translation>TLS: does dim ymddiriedaeth yn nhystysgrif &quot;%1&quot; (%2). Gwiriwch bin CA y gyrchfan a dyddiadau tystysgrif y gweinydd.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not answer in time.</source>
        <translation>Wnaeth &quot;%1&quot; ddim ateb mewn pryd.</translation>
    </message>
    <message>
        <source>Network: %1 (%2).</source>
        <translation>Rhwydwaith: %1 (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered HTTP %2; will retry.</source>
        <translation>Atebodd &quot;%1&quot; HTTP %2; bydd yn ceisio eto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; refused the request (HTTP %2).</source>
        <translation>Gwrthododd &quot;%1&quot; y cais (HTTP %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; refused the request (HTTP %2, server code %3).</source>
        <translation>Gwrthododd &quot;%1&quot; y cais (HTTP %2, cod y gweinydd %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; sent a larger answer than the kiosk accepts; will retry.</source>
        <translation>Anfonodd &quot;%1&quot; ateb mwy nag y mae&apos;r ciosg yn ei dderbyn; bydd yn ceisio eto.</translation>
    </message>
</context>
<context>
    <name>ck::DiscoveredServices</name>
    <message>
        <source>The overlay cannot be read: %1</source>
        <translation>Does dim modd darllen yr haen: %1</translation>
    </message>
    <message>
        <source>Its questions (services/%1.json) have not been pulled yet.</source>
        <translation>Dydy ei gwestiynau (services/%1.json) ddim wedi&apos;u llwytho i lawr eto.</translation>
    </message>
</context>
<context>
    <name>ck::DiscoveryCache</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Does dim modd creu&apos;r ffolder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Does dim modd ysgrifennu %1: %2</translation>
    </message>
</context>
<context>
    <name>ck::DocumentFetcher</name>
    <message>
        <source>&quot;%1&quot; sent more than %2 kB for %3.</source>
        <translation>Anfonodd &quot;%1&quot; fwy na %2 kB ar gyfer %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not send %2 in time.</source>
        <translation>Ni anfonodd &quot;%1&quot; %2 mewn pryd.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; broke off %2: %3.</source>
        <translation>Torrodd &quot;%1&quot; %2 i ffwrdd: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered HTTP %2 for %3.</source>
        <translation>Atebodd &quot;%1&quot; HTTP %2 ar gyfer %3.</translation>
    </message>
</context>
<context>
    <name>ck::FieldValidator</name>
    <message>
        <source>Enter your answer</source>
        <translation>Rhowch eich ateb</translation>
    </message>
</context>
<context>
    <name>ck::FleetCommand</name>
    <message>
        <source>Unknown member &quot;%1&quot; in the command.</source>
        <translation>Aelod anhysbys &quot;%1&quot; yn y gorchymyn.</translation>
    </message>
    <message>
        <source>Unsupported command schema.</source>
        <translation>Dydy sgema&apos;r gorchymyn ddim yn cael ei gefnogi.</translation>
    </message>
    <message>
        <source>expiresAt is not an ISO 8601 time.</source>
        <translation>Dydy expiresAt ddim yn amser ISO 8601.</translation>
    </message>
    <message>
        <source>The command names no kiosk.</source>
        <translation>Dydy&apos;r gorchymyn ddim yn enwi ciosg.</translation>
    </message>
    <message>
        <source>The sequence must be a whole number from 1 to 2^53.</source>
        <translation>Rhaid i&apos;r rhif dilyniant fod yn rhif cyfan o 1 i 2^53.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Gweithred anhysbys &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>issuedAt is not an ISO 8601 time.</source>
        <translation>Dydy issuedAt ddim yn amser ISO 8601.</translation>
    </message>
</context>
<context>
    <name>ck::FleetCommandChannel</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Methu creu %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>This kiosk has no fleet public key: commands are never run.</source>
        <translation>Does gan y ciosg hwn ddim allwedd gyhoeddus fflyd: nid yw gorchmynion byth yn cael eu rhedeg.</translation>
    </message>
    <message>
        <source>The command is for kiosk %1, this is %2.</source>
        <translation>Mae&apos;r gorchymyn ar gyfer ciosg %1, dyma %2.</translation>
    </message>
    <message>
        <source>Command %1 is not newer than the last one accepted (%2).</source>
        <translation>Dydy gorchymyn %1 ddim yn fwy newydd na&apos;r un olaf a dderbyniwyd (%2).</translation>
    </message>
    <message>
        <source>Command %1 expired at %2.</source>
        <translation>Daeth gorchymyn %1 i ben am %2.</translation>
    </message>
</context>
<context>
    <name>ck::FlowController</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Cwestiwn %1 o %2</translation>
    </message>
    <message>
        <source>Your form could not be saved. Ask a member of staff.</source>
        <translation>Doedd dim modd cadw eich ffurflen. Gofynnwch i aelod o staff.</translation>
    </message>
</context>
<context>
    <name>ck::FlowParser</name>
    <message>
        <source>Unknown key &quot;%1&quot;. Check the spelling against docs/flows.md.</source>
        <translation>Allwedd anhysbys &quot;%1&quot;. Gwiriwch y sillafu yn erbyn docs/flows.md.</translation>
    </message>
    <message>
        <source>This text is required.</source>
        <translation>Mae angen y testun hwn.</translation>
    </message>
    <message>
        <source>Expected an object of translations, like {&quot;en&quot;: &quot;...&quot;}.</source>
        <translation>Disgwyl gwrthrych o gyfieithiadau, fel {&quot;en&quot;: &quot;...&quot;}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code like &quot;en&quot; or &quot;cy&quot;.</source>
        <translation>Dydy &quot;%1&quot; ddim yn god iaith fel &quot;en&quot; neu &quot;cy&quot;.</translation>
    </message>
    <message>
        <source>Expected a text that is not empty.</source>
        <translation>Disgwylid testun nad yw&apos;n wag.</translation>
    </message>
    <message>
        <source>There is no English (&quot;en&quot;) text. Every text needs one: it is shown when a translation is missing.</source>
        <translation>Does dim testun Saesneg (&quot;en&quot;). Mae angen un ar bob testun: caiff ei ddangos pan fydd cyfieithiad ar goll.</translation>
    </message>
    <message>
        <source>An id is required.</source>
        <translation>Mae angen id.</translation>
    </message>
    <message>
        <source>An id uses only lower-case letters, digits and dashes (at most 64).</source>
        <translation>Mae id yn defnyddio llythrennau bach, digidau a llinellau toriad yn unig (64 ar y mwyaf).</translation>
    </message>
    <message>
        <source>Expected a whole number from 0 to 100000.</source>
        <translation>Disgwyl rhif cyfan o 0 i 100000.</translation>
    </message>
    <message>
        <source>A choice needs a list of at least one option.</source>
        <translation>Mae angen rhestr o o leiaf un opsiwn ar ddewis.</translation>
    </message>
    <message>
        <source>Expected an option object {&quot;value&quot;, &quot;label&quot;}.</source>
        <translation>Disgwyl gwrthrych opsiwn {&quot;value&quot;, &quot;label&quot;}.</translation>
    </message>
    <message>
        <source>An option needs a short &quot;value&quot; text.</source>
        <translation>Mae angen testun &quot;value&quot; byr ar opsiwn.</translation>
    </message>
    <message>
        <source>The option value &quot;%1&quot; is used twice.</source>
        <translation>Mae gwerth yr opsiwn &quot;%1&quot; wedi&apos;i ddefnyddio ddwywaith.</translation>
    </message>
    <message>
        <source>Every page needs a &quot;field&quot; object.</source>
        <translation>Mae angen gwrthrych &quot;field&quot; ar bob tudalen.</translation>
    </message>
    <message>
        <source>Unknown field type. Use one of: text, longtext, number, date, choice, multichoice, yesno, email, phone, postcode, postcode-address.</source>
        <translation>Math maes anhysbys. Defnyddiwch un o: text, longtext, number, date, choice, multichoice, yesno, email, phone, postcode, postcode-address.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Disgwylid true neu false.</translation>
    </message>
    <message>
        <source>Only text and longtext fields have a length.</source>
        <translation>Dim ond meysydd text a longtext sydd â hyd.</translation>
    </message>
    <message>
        <source>maxLength must be at least 1.</source>
        <translation>Rhaid i maxLength fod yn 1 o leiaf.</translation>
    </message>
    <message>
        <source>minLength is larger than maxLength.</source>
        <translation>Mae minLength yn fwy na maxLength.</translation>
    </message>
    <message>
        <source>Only number fields have a minimum or maximum.</source>
        <translation>Dim ond meysydd rhif sydd ag isafswm neu uchafswm.</translation>
    </message>
    <message>
        <source>Expected a number.</source>
        <translation>Disgwyl rhif.</translation>
    </message>
    <message>
        <source>min is larger than max.</source>
        <translation>Mae min yn fwy na max.</translation>
    </message>
    <message>
        <source>wholeNumber is true or false, on number fields only.</source>
        <translation>Mae wholeNumber yn true neu false, ar feysydd rhif yn unig.</translation>
    </message>
    <message>
        <source>Only date fields have a dateRange.</source>
        <translation>Dim ond meysydd dyddiad sydd â dateRange.</translation>
    </message>
    <message>
        <source>dateRange is &quot;any&quot;, &quot;past&quot; or &quot;future&quot;.</source>
        <translation>Mae dateRange yn &quot;any&quot;, &quot;past&quot; neu &quot;future&quot;.</translation>
    </message>
    <message>
        <source>Only choice and multichoice fields have options.</source>
        <translation>Dim ond meysydd choice a multichoice sydd ag opsiynau.</translation>
    </message>
    <message>
        <source>Expected {&quot;page&quot;: ..., &quot;equals&quot;: ...} or {&quot;page&quot;: ..., &quot;in&quot;: [...]}.</source>
        <translation>Disgwylid {&quot;page&quot;: ..., &quot;equals&quot;: ...} neu {&quot;page&quot;: ..., &quot;in&quot;: [...]}.</translation>
    </message>
    <message>
        <source>showIf needs the id of the page it depends on.</source>
        <translation>Mae angen id y dudalen y mae&apos;n dibynnu arni ar showIf.</translation>
    </message>
    <message>
        <source>showIf needs exactly one of &quot;equals&quot; or &quot;in&quot;.</source>
        <translation>Mae angen union un o &quot;equals&quot; neu &quot;in&quot; ar showIf.</translation>
    </message>
    <message>
        <source>&quot;in&quot; needs a list of at least one value.</source>
        <translation>Mae angen rhestr o o leiaf un gwerth ar &quot;in&quot;.</translation>
    </message>
    <message>
        <source>showIf compares with texts, numbers or true/false.</source>
        <translation>Mae showIf yn cymharu â thestunau, rhifau neu true/false.</translation>
    </message>
    <message>
        <source>Expected a page object.</source>
        <translation>Disgwyl gwrthrych tudalen.</translation>
    </message>
    <message>
        <source>Unknown Open311 key. Use one of: %1.</source>
        <translation>Allwedd Open311 anhysbys. Defnyddiwch un o: %1.</translation>
    </message>
    <message>
        <source>showIf refers to a page &quot;%1&quot; that does not exist.</source>
        <translation>Mae showIf yn cyfeirio at dudalen &quot;%1&quot; nad yw&apos;n bodoli.</translation>
    </message>
    <message>
        <source>showIf goes round in a circle (%1): these pages can never be shown.</source>
        <translation>Mae showIf yn mynd rownd mewn cylch (%1): does dim modd dangos y tudalennau hyn byth.</translation>
    </message>
    <message>
        <source>showIf must depend on an earlier page, but &quot;%1&quot; comes later.</source>
        <translation>Rhaid i showIf ddibynnu ar dudalen gynharach, ond mae &quot;%1&quot; yn dod yn nes ymlaen.</translation>
    </message>
    <message>
        <source>This page can never be shown: the page &quot;%1&quot; cannot have that answer.</source>
        <translation>Does dim modd dangos y dudalen hon byth: does dim modd i&apos;r dudalen &quot;%1&quot; gael yr ateb hwnnw.</translation>
    </message>
    <message>
        <source>This is not valid JSON (at character %1: %2).</source>
        <translation>Dydy hwn ddim yn JSON dilys (wrth nod %1: %2).</translation>
    </message>
    <message>
        <source>Expected a JSON object at the top.</source>
        <translation>Disgwyl gwrthrych JSON ar y brig.</translation>
    </message>
    <message>
        <source>This kiosk reads flow files with &quot;schema&quot;: %1.</source>
        <translation>Mae&apos;r ciosg hwn yn darllen ffeiliau llif gyda &quot;schema&quot;: %1.</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of at least 1.</source>
        <translation>Rhaid i &quot;version&quot; fod yn rhif cyfan o 1 o leiaf.</translation>
    </message>
    <message>
        <source>A &quot;destination&quot; object with a &quot;name&quot; is required.</source>
        <translation>Mae angen gwrthrych &quot;destination&quot; gyda &quot;name&quot;.</translation>
    </message>
    <message>
        <source>The destination name is a configured destination, like &quot;council&quot;.</source>
        <translation>Mae enw&apos;r gyrchfan yn gyrchfan wedi&apos;i ffurfweddu, fel &quot;council&quot;.</translation>
    </message>
    <message>
        <source>A flow needs a list of at least one page.</source>
        <translation>Mae angen rhestr o o leiaf un dudalen ar lif.</translation>
    </message>
    <message>
        <source>The page id &quot;%1&quot; is used twice.</source>
        <translation>Mae&apos;r id tudalen &quot;%1&quot; wedi&apos;i ddefnyddio ddwywaith.</translation>
    </message>
    <message>
        <source>&quot;kind&quot; is &quot;form&quot; (questions, the default) or &quot;web&quot; (an online service).</source>
        <translation>Mae &quot;kind&quot; yn &quot;form&quot; (cwestiynau, y rhagosodiad) neu&apos;n &quot;web&quot; (gwasanaeth ar-lein).</translation>
    </message>
    <message>
        <source>A web service needs a &quot;url&quot; starting with https://.</source>
        <translation>Mae angen &quot;url&quot; sy&apos;n dechrau gyda https:// ar wasanaeth gwe.</translation>
    </message>
    <message>
        <source>Flow texts are shown as they are written: write the number or word itself instead of %1 or %n.</source>
        <translation>Caiff testunau llif eu dangos fel y maen nhw wedi&apos;u hysgrifennu: ysgrifennwch y rhif neu&apos;r gair ei hun yn lle %1 neu %n.</translation>
    </message>
    <message>
        <source>Expected an object of error messages, like {&quot;required&quot;: {&quot;en&quot;: &quot;Select which bin was missed&quot;}}.</source>
        <translation>Disgwylir gwrthrych o negeseuon gwall, fel {&quot;required&quot;: {&quot;en&quot;: &quot;Select which bin was missed&quot;}}.</translation>
    </message>
    <message>
        <source>This field never gives the error &quot;%1&quot;. It can give: %2.</source>
        <translation>Dydy&apos;r maes hwn byth yn rhoi&apos;r gwall &quot;%1&quot;. Gall roi: %2.</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; asks for an answer that can be personal (%2), so the flow needs a &quot;privacy&quot; block: who receives the answers (&quot;controller&quot;), why (&quot;purpose&quot;), how long they are kept (&quot;retention&quot;) and whether anything is published (&quot;published&quot;). See docs/flows.md.</source>
        <translation>Mae&apos;r dudalen &quot;%1&quot; yn gofyn am ateb a all fod yn bersonol (%2), felly mae angen bloc &quot;privacy&quot; ar y llif: pwy sy&apos;n cael yr atebion (&quot;controller&quot;), pam (&quot;purpose&quot;), am faint y cânt eu cadw (&quot;retention&quot;) ac a oes unrhyw beth yn cael ei gyhoeddi (&quot;published&quot;). Gweler docs/flows.md (hysbysiad preifatrwydd).</translation>
    </message>
    <message>
        <source>Expected an object with &quot;controller&quot;, &quot;purpose&quot;, &quot;retention&quot; and &quot;published&quot;, each a translated text.</source>
        <translation>Disgwylid gwrthrych gyda &quot;controller&quot;, &quot;purpose&quot;, &quot;retention&quot; a &quot;published&quot;, pob un yn destun wedi&apos;i gyfieithu.</translation>
    </message>
</context>
<context>
    <name>ck::FlowSession</name>
    <message>
        <source>This question is not part of the service.</source>
        <translation>Dydy&apos;r cwestiwn hwn ddim yn rhan o&apos;r gwasanaeth.</translation>
    </message>
    <message>
        <source>This question does not apply to your answers.</source>
        <translation>Dydy&apos;r cwestiwn hwn ddim yn berthnasol i&apos;ch atebion.</translation>
    </message>
</context>
<context>
    <name>ck::JsonApiAdapter</name>
    <message>
        <source>The saved submission is not a JSON document; it cannot be sent.</source>
        <translation>Dydy&apos;r cais a gadwyd ddim yn ddogfen JSON; does dim modd ei anfon.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered %2 without the API&apos;s JSON (%3).</source>
        <translation>Atebodd &quot;%1&quot; %2 heb JSON yr API (%3).</translation>
    </message>
    <message>
        <source>no serverReference</source>
        <translation>dim serverReference</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already holds different content under this submission&apos;s idempotency key (409).</source>
        <translation>Mae gan &quot;%1&quot; gynnwys gwahanol eisoes o dan allwedd analluedd y cais hwn (409).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered unexpected HTTP %2.</source>
        <translation>Atebodd &quot;%1&quot; gyda HTTP %2 annisgwyl.</translation>
    </message>
    <message>
        <source>The JSON API has no endpoint for items of kind &quot;%1&quot;.</source>
        <translation>Does gan yr API JSON ddim pwynt terfyn ar gyfer eitemau o&apos;r math &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ck::KeyStore</name>
    <message>
        <source>The credential %1 is missing from $CREDENTIALS_DIRECTORY.</source>
        <translation>Mae&apos;r cymhwyster %1 ar goll o $CREDENTIALS_DIRECTORY.</translation>
    </message>
    <message>
        <source>The kiosk key must hold 32 bytes.</source>
        <translation>Rhaid i allwedd y ciosg gynnwys 32 beit.</translation>
    </message>
</context>
<context>
    <name>ck::KioskConfig</name>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: dim yn JSON dilys wrth wrthbwyso %2: %3</translation>
    </message>
    <message>
        <source>%1: the configuration must be a JSON object</source>
        <translation>%1: rhaid i&apos;r ffurfweddiad fod yn wrthrych JSON</translation>
    </message>
    <message>
        <source>use 1 to 64 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>defnyddiwch 1 i 64 o lythrennau, digidau, &apos;.&apos;, &apos;-&apos; neu &apos;_&apos;</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>rhaid iddo fod yn llwybr absoliwt</translation>
    </message>
    <message>
        <source>at least one language is needed</source>
        <translation>mae angen o leiaf un iaith</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>Dydy &quot;%1&quot; ddim yn god iaith</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the configured languages</source>
        <translation>Dydy &quot;%1&quot; ddim yn un o&apos;r ieithoedd a ffurfweddwyd</translation>
    </message>
    <message>
        <source>must be shorter than idleTimeoutSec</source>
        <translation>rhaid iddo fod yn fyrrach nag idleTimeoutSec</translation>
    </message>
    <message>
        <source>%1: cannot read the configuration: %2</source>
        <translation>%1: does dim modd darllen y ffurfweddiad: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large for a configuration</source>
        <translation>%1: mae&apos;r ffeil yn rhy fawr i fod yn ffurfweddiad</translation>
    </message>
</context>
<context>
    <name>ck::MetricsWriter</name>
    <message>
        <source>Invalid metric name, label or increment: %1</source>
        <translation>Enw, label neu gynyddiad metrig annilys: %1</translation>
    </message>
    <message>
        <source>Cannot write the metrics file %1: %2</source>
        <translation>Does dim modd ysgrifennu&apos;r ffeil fetrigau %1: %2</translation>
    </message>
</context>
<context>
    <name>ck::Open311Adapter</name>
    <message>
        <source>The saved submission has no Open311 service code; it cannot be sent.</source>
        <translation>Does gan y cais a gadwyd ddim cod gwasanaeth Open311; does dim modd ei anfon.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered with a web page instead of Open311 (captive portal?).</source>
        <translation>Atebodd &quot;%1&quot; gyda thudalen we yn lle Open311 (porth caeth?).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered with malformed Open311 JSON (%2).</source>
        <translation>Atebodd &quot;%1&quot; gyda JSON Open311 camffurfiedig (%2).</translation>
    </message>
    <message>
        <source>not a request list</source>
        <translation>dim yn rhestr o geisiadau</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered without a request id or token.</source>
        <translation>Atebodd &quot;%1&quot; heb id cais na tocyn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered unexpected HTTP %2.</source>
        <translation>Atebodd &quot;%1&quot; gyda HTTP %2 annisgwyl.</translation>
    </message>
    <message>
        <source>Open311 carries service requests only, not items of kind &quot;%1&quot;.</source>
        <translation>Dim ond ceisiadau am wasanaeth y mae Open311 yn eu cario, nid eitemau o&apos;r math &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ck::Open311Document</name>
    <message>
        <source>The answer is not an Open311 document.</source>
        <translation>Nid dogfen Open311 yw&apos;r ateb.</translation>
    </message>
</context>
<context>
    <name>ck::Open311Documents</name>
    <message>
        <source>services.json is not a list of services.</source>
        <translation>Dydy services.json ddim yn rhestr o wasanaethau.</translation>
    </message>
    <message>
        <source>Service %1 in the list has no service_code.</source>
        <translation>Does dim service_code gan wasanaeth %1 yn y rhestr.</translation>
    </message>
    <message>
        <source>The service definition is not an object.</source>
        <translation>Dydy diffiniad y gwasanaeth ddim yn wrthrych.</translation>
    </message>
    <message>
        <source>&quot;attributes&quot; is not a list.</source>
        <translation>Dydy &quot;attributes&quot; ddim yn rhestr.</translation>
    </message>
    <message>
        <source>Attribute %1 has no code.</source>
        <translation>Does dim cod gan briodwedd %1.</translation>
    </message>
</context>
<context>
    <name>ck::Open311FlowBuilder</name>
    <message>
        <source>The council&apos;s system fills this in by itself (hidden_field), and it is required: a kiosk cannot know it.</source>
        <translation>Mae system y cyngor yn llenwi hwn ei hun (hidden_field), ac mae&apos;n ofynnol: ni all ciosg ei wybod.</translation>
    </message>
    <message>
        <source>The datatype &quot;%1&quot; is not one the kiosk can ask for.</source>
        <translation>Dydy&apos;r math data &quot;%1&quot; ddim yn un y gall y ciosg ofyn amdano.</translation>
    </message>
    <message>
        <source>The question has no description; give it one in the overlay (pages.%1.question).</source>
        <translation>Does dim disgrifiad gan y cwestiwn; rhowch un iddo yn yr haen (pages.%1.question).</translation>
    </message>
    <message>
        <source>A list question with no values to choose from.</source>
        <translation>Cwestiwn rhestr heb werthoedd i ddewis ohonynt.</translation>
    </message>
    <message>
        <source>It is shown under conditions the kiosk cannot follow; give it a showIf in the overlay.</source>
        <translation>Caiff ei ddangos dan amodau na all y ciosg eu dilyn; rhowch showIf iddo yn yr haen.</translation>
    </message>
    <message>
        <source>pages.%1: the council&apos;s definition has no attribute &quot;%1&quot;.</source>
        <translation>pages.%1: nid oes priodwedd &quot;%1&quot; yn niffiniad y cyngor.</translation>
    </message>
    <message>
        <source>The flow made from it is refused: %1: %2</source>
        <translation>Gwrthodwyd y llif a wnaed ohono: %1: %2</translation>
    </message>
</context>
<context>
    <name>ck::Outbox</name>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>Does dim modd creu&apos;r ffolder data %1.</translation>
    </message>
    <message>
        <source>The submission is incomplete and was not saved.</source>
        <translation>Mae&apos;r cais yn anghyflawn ac ni chafodd ei gadw.</translation>
    </message>
    <message>
        <source>A submission with this reference is already saved.</source>
        <translation>Mae cais gyda&apos;r cyfeirnod hwn eisoes wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>No such outbox entry.</source>
        <translation>Does dim cofnod o&apos;r fath yn y blwch anfon.</translation>
    </message>
    <message>
        <source>The content of this entry was deleted after delivery.</source>
        <translation>Cafodd cynnwys y cofnod hwn ei ddileu ar ôl ei ddanfon.</translation>
    </message>
    <message>
        <source>Outbox entry %1 is not being sent any more.</source>
        <translation>Dydy cofnod %1 yn y blwch anfon ddim yn cael ei anfon mwyach.</translation>
    </message>
    <message>
        <source>No submission with this reference on this kiosk.</source>
        <translation>Does dim cais gyda&apos;r cyfeirnod hwn ar y ciosg hwn.</translation>
    </message>
    <message>
        <source>Only waiting or rejected entries can be retried (entry %1).</source>
        <translation>Dim ond cofnodion sy&apos;n aros neu a wrthodwyd y gellir eu hailgynnig (cofnod %1).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Does dim modd creu&apos;r ffolder %1.</translation>
    </message>
    <message>
        <source>The dead letter %1 could not be written: %2</source>
        <translation>Doedd dim modd ysgrifennu&apos;r llythyr marw %1: %2</translation>
    </message>
    <message>
        <source>The outbox database was damaged and has been moved to %1. A new, empty outbox was started; submissions in the damaged file were not sent. Contact support to recover them.</source>
        <translation>Roedd cronfa ddata&apos;r blwch anfon wedi&apos;i difrodi ac fe&apos;i symudwyd i %1. Dechreuwyd blwch anfon newydd, gwag; ni chafodd y ceisiadau yn y ffeil a ddifrodwyd eu hanfon. Cysylltwch â&apos;r tîm cymorth i&apos;w hadfer.</translation>
    </message>
    <message>
        <source>Only waiting entries can be discarded (entry %1 is %2).</source>
        <translation>Dim ond cofnodion sy&apos;n aros y gellir eu taflu (mae cofnod %1 yn %2).</translation>
    </message>
    <message>
        <source>The reference counter could not be read.</source>
        <translation>Doedd dim modd darllen y rhifydd cyfeirnodau.</translation>
    </message>
    <message>
        <source>The outbox has schema version %1 and this program reads version %2: start the kiosk (or run a command that changes the outbox) once to bring it up to date.</source>
        <translation>Mae gan y blwch anfon fersiwn sgema %1 ac mae&apos;r rhaglen hon yn darllen fersiwn %2: cychwynnwch y ciosg (neu rhedwch orchymyn sy&apos;n newid y blwch anfon) unwaith i&apos;w ddiweddaru.</translation>
    </message>
    <message>
        <source>The outbox is open for reading only.</source>
        <translation>Mae&apos;r blwch anfon ar agor i&apos;w ddarllen yn unig.</translation>
    </message>
    <message>
        <source>The kiosk key is not available.</source>
        <translation>Dydy allwedd y ciosg ddim ar gael.</translation>
    </message>
    <message>
        <source>Sealed under another kiosk key (%1); this kiosk has key %2. It stays queued: put key %1 back where the kiosk looks for its key and it will be delivered.</source>
        <translation>Wedi&apos;i selio dan allwedd ciosg arall (%1); allwedd %2 sydd gan y ciosg hwn. Mae&apos;n aros yn y ciw: rhowch allwedd %1 yn ôl lle mae&apos;r ciosg yn chwilio am ei allwedd a bydd yn cael ei anfon.</translation>
    </message>
    <message>
        <source>Only the holder of the delivery lock may put interrupted deliveries back.</source>
        <translation>Dim ond deiliad y clo anfon gaiff roi anfoniadau a dorrwyd ar eu hanner yn ôl yn y ciw.</translation>
    </message>
    <message>
        <source>Outbox entry %1 no longer waits for its request id.</source>
        <translation>Dydy cofnod %1 yn y blwch anfon ddim yn aros am rif ei gais mwyach.</translation>
    </message>
    <message>
        <source>Your form could not be saved because the kiosk is nearly full. Ask a member of staff for help.</source>
        <translation>Doedd dim modd cadw eich ffurflen oherwydd bod y ciosg bron yn llawn. Gofynnwch i aelod o staff am help.</translation>
    </message>
</context>
<context>
    <name>ck::OutboxSchema</name>
    <message>
        <source>The outbox database cannot use write-ahead logging.</source>
        <translation>Dydy cronfa ddata&apos;r blwch anfon ddim yn gallu defnyddio logio ysgrifennu ymlaen llaw.</translation>
    </message>
    <message>
        <source>The outbox was written by a newer version (schema %1); this version understands up to %2.</source>
        <translation>Cafodd y blwch anfon ei ysgrifennu gan fersiwn mwy newydd (sgema %1); mae&apos;r fersiwn hon yn deall hyd at %2.</translation>
    </message>
</context>
<context>
    <name>ck::ReadAloud</name>
    <message>
        <source>The choices are:</source>
        <translation>Y dewisiadau yw:</translation>
    </message>
    <message>
        <source>Your answer is:</source>
        <translation>Eich ateb yw:</translation>
    </message>
    <message>
        <source>You have given an answer. Use headphones to hear it.</source>
        <translation>Rydych wedi rhoi ateb. Defnyddiwch glustffonau i&apos;w glywed.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
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
        <translation>Bwlch</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Chwith</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Read aloud is not available on this kiosk.</source>
        <translation>Dydy darllen yn uchel ddim ar gael ar y ciosg hwn.</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language yet.</source>
        <translation>Dydy darllen yn uchel ddim ar gael yn yr iaith hon eto.</translation>
    </message>
    <message>
        <source>Read aloud is briefly unavailable. Try again in a moment.</source>
        <translation>Dydy darllen yn uchel ddim ar gael am ychydig. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
</context>
<context>
    <name>ck::RemoteView</name>
    <message>
        <source>Remote view of kiosk %1 at %2: grey boxes are hidden for privacy.</source>
        <translation>Golwg o bell ar giosg %1 am %2: mae&apos;r blychau llwyd wedi&apos;u cuddio er preifatrwydd.</translation>
    </message>
</context>
<context>
    <name>ck::RemoteViewCapture</name>
    <message>
        <source>The kiosk window is not on screen.</source>
        <translation>Dydy ffenestr y ciosg ddim ar y sgrin.</translation>
    </message>
    <message>
        <source>The kiosk window could not be rendered.</source>
        <translation>Doedd dim modd llunio ffenestr y ciosg.</translation>
    </message>
</context>
<context>
    <name>ck::ServiceCatalogue</name>
    <message>
        <source>The services folder does not exist.</source>
        <translation>Dydy&apos;r ffolder gwasanaethau ddim yn bodoli.</translation>
    </message>
    <message>
        <source>The file is larger than 1 MB.</source>
        <translation>Mae&apos;r ffeil yn fwy nag 1 MB.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Does dim modd darllen y ffeil: %1</translation>
    </message>
    <message>
        <source>The service id &quot;%1&quot; is already used by %2.</source>
        <translation>Mae&apos;r id gwasanaeth &quot;%1&quot; eisoes yn cael ei ddefnyddio gan %2.</translation>
    </message>
    <message>
        <source>The address is not on this kiosk&apos;s web allow-list (%1).</source>
        <translation>Dydy&apos;r cyfeiriad ddim ar restr gwefannau a ganiateir y ciosg hwn (%1).</translation>
    </message>
</context>
<context>
    <name>ck::ServiceDiscovery</name>
    <message>
        <source>services.json was refused: %1</source>
        <translation>Gwrthodwyd services.json: %1</translation>
    </message>
    <message>
        <source>%1 The last definition pulled is kept.</source>
        <translation>%1 Cedwir y diffiniad diwethaf a lwythwyd i lawr.</translation>
    </message>
    <message>
        <source>%1 The last good definition is offered until it is fixed.</source>
        <translation>%1 Cynigir y diffiniad da diwethaf nes ei drwsio.</translation>
    </message>
</context>
<context>
    <name>ck::ServiceOverlay</name>
    <message>
        <source>This is not a JSON object (%1).</source>
        <translation>Dydy hwn ddim yn wrthrych JSON (%1).</translation>
    </message>
    <message>
        <source>An overlay has &quot;schema&quot;: 1.</source>
        <translation>Mae gan haen &quot;schema&quot;: 1.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Disgwylid true neu false.</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Disgwylid gwrthrych.</translation>
    </message>
    <message>
        <source>Expected {&quot;page&quot;: ..., &quot;equals&quot;: ...} or {&quot;page&quot;: ..., &quot;in&quot;: [...]}.</source>
        <translation>Disgwylid {&quot;page&quot;: ..., &quot;equals&quot;: ...} neu {&quot;page&quot;: ..., &quot;in&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Expected an object with &quot;controller&quot;, &quot;purpose&quot;, &quot;retention&quot; and &quot;published&quot;, each a translated text.</source>
        <translation>Disgwylid gwrthrych gyda &quot;controller&quot;, &quot;purpose&quot;, &quot;retention&quot; a &quot;published&quot;, pob un yn destun wedi&apos;i gyfieithu.</translation>
    </message>
</context>
<context>
    <name>ck::SyncEngine</name>
    <message>
        <source>Delivery interrupted.</source>
        <translation>Tarfwyd ar y danfon.</translation>
    </message>
    <message>
        <source>No usable destination &quot;%1&quot; is configured.</source>
        <translation>Does dim cyrchfan &quot;%1&quot; y gellir ei defnyddio wedi&apos;i ffurfweddu.</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) were saved under another kiosk key and wait for it (civic-kioskctl status shows which key).</source>
        <translation>
            <numerusform>Cafodd %n ffurflen eu cadw dan allwedd ciosg arall ac maen nhw&apos;n aros amdani (mae civic-kioskctl status yn dangos pa allwedd).</numerusform>
            <numerusform>Cafodd %n ffurflen eu cadw dan allwedd ciosg arall ac maen nhw&apos;n aros amdani (mae civic-kioskctl status yn dangos pa allwedd).</numerusform>
            <numerusform>Cafodd %n ffurflen eu cadw dan allwedd ciosg arall ac maen nhw&apos;n aros amdani (mae civic-kioskctl status yn dangos pa allwedd).</numerusform>
            <numerusform>Cafodd %n ffurflen eu cadw dan allwedd ciosg arall ac maen nhw&apos;n aros amdani (mae civic-kioskctl status yn dangos pa allwedd).</numerusform>
            <numerusform>Cafodd %n ffurflen eu cadw dan allwedd ciosg arall ac maen nhw&apos;n aros amdani (mae civic-kioskctl status yn dangos pa allwedd).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ck::SystemdNotifier</name>
    <message>
        <source>NOTIFY_SOCKET is not a usable socket address.</source>
        <translation>Dydy NOTIFY_SOCKET ddim yn gyfeiriad soced y gellir ei ddefnyddio.</translation>
    </message>
    <message>
        <source>Cannot create a notification socket: %1</source>
        <translation>Does dim modd creu soced hysbysu: %1</translation>
    </message>
    <message>
        <source>Cannot notify systemd: %1</source>
        <translation>Does dim modd hysbysu systemd: %1</translation>
    </message>
</context>
<context>
    <name>ck::sqlite::Database</name>
    <message>
        <source>The outbox database is damaged (%1).</source>
        <translation>Mae cronfa ddata&apos;r blwch anfon wedi&apos;i difrodi (%1).</translation>
    </message>
    <message>
        <source>The outbox database is busy (%1).</source>
        <translation>Mae cronfa ddata&apos;r blwch anfon yn brysur (%1).</translation>
    </message>
    <message>
        <source>The outbox database cannot be written (%1).</source>
        <translation>Does dim modd ysgrifennu i gronfa ddata&apos;r blwch anfon (%1).</translation>
    </message>
    <message>
        <source>The outbox database could not be read or written (%1).</source>
        <translation>Doedd dim modd darllen nac ysgrifennu cronfa ddata&apos;r blwch anfon (%1).</translation>
    </message>
    <message>
        <source>The outbox refused inconsistent data (%1).</source>
        <translation>Gwrthododd y blwch anfon ddata anghyson (%1).</translation>
    </message>
    <message>
        <source>Outbox database error %1 (%2).</source>
        <translation>Gwall cronfa ddata&apos;r blwch anfon %1 (%2).</translation>
    </message>
    <message>
        <source>The kiosk is full and could not save your form. Ask a member of staff.</source>
        <translation>Mae&apos;r ciosg yn llawn a doedd dim modd cadw eich ffurflen. Gofynnwch i aelod o staff.</translation>
    </message>
</context>
<context>
    <name>ck::sqlite::Transaction</name>
    <message>
        <source>The transaction is already finished.</source>
        <translation>Mae&apos;r trafodiad eisoes wedi gorffen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--after-ms needs a number of milliseconds.</source>
        <translation>Mae angen nifer o filieiliadau ar --after-ms.</translation>
    </message>
    <message>
        <source>--exit-after-ms needs a number of milliseconds.</source>
        <translation>Mae angen nifer o filieiliadau ar --exit-after-ms.</translation>
    </message>
    <message>
        <source>Could not grab the window.</source>
        <translation>Doedd dim modd cipio&apos;r ffenestr.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Doedd dim modd cadw %1.</translation>
    </message>
</context>
</TS>
