<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AdminScreen</name>
    <message>
        <source>Kiosk administration</source>
        <translation>إدارة الكشك</translation>
    </message>
    <message>
        <source>Submissions in the outbox</source>
        <translation>الطلبات في صندوق الصادر</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>آخر تسليم</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>الكشك</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>Try to send every waiting submission now</source>
        <translation>محاولة إرسال كل الطلبات المنتظرة الآن</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>إنهاء الجلسة</translation>
    </message>
    <message>
        <source>Clear everything from the current session and go back to the welcome screen</source>
        <translation>مسح كل شيء من الجلسة الحالية والعودة إلى شاشة الترحيب</translation>
    </message>
    <message>
        <source>Restart kiosk</source>
        <translation>إعادة تشغيل الكشك</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>الخروج من الكشك</translation>
    </message>
    <message>
        <source>Close the kiosk program; the machine stays on</source>
        <translation>إغلاق برنامج الكشك؛ يبقى الجهاز قيد التشغيل</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>leave the admin screen</comment>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Use of this kiosk today</source>
        <translation>استخدام هذا الكشك اليوم</translation>
    </message>
    <message>
        <source>Counts only. Nothing about any one person is kept or shown.</source>
        <translation>أعداد فقط. لا يُحفظ ولا يُعرض أي شيء عن أي شخص بعينه.</translation>
    </message>
    <message>
        <source>Close the kiosk program; the system starts it again</source>
        <translation>أغلق برنامج الكشك؛ سيعيد النظام تشغيله</translation>
    </message>
    <message>
        <source>Back to the screen the kiosk was showing</source>
        <translation>العودة إلى الشاشة التي كان الكشك يعرضها</translation>
    </message>
</context>
<context>
    <name>AnswerFormatter</name>
    <message>
        <source>Not answered</source>
        <translation>لم تتم الإجابة</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>CheckAnswersScreen</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Accept and send</source>
        <translation>موافقة وإرسال</translation>
    </message>
    <message>
        <source>Check your answers before sending</source>
        <translation>تحقق من إجاباتك قبل الإرسال</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>لم تتم الإجابة</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Change your answer to: %1</source>
        <translation>غيّر إجابتك عن: %1</translation>
    </message>
    <message>
        <source>Now send your answers</source>
        <translation>أرسل إجاباتك الآن</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>ابدأ من جديد</translation>
    </message>
    <message>
        <source>Clear all your answers and go back to the first screen</source>
        <translation>امسح كل إجاباتك وعُد إلى الشاشة الأولى</translation>
    </message>
    <message>
        <source>Send your form to the council</source>
        <translation>أرسل النموذج إلى المجلس</translation>
    </message>
    <message>
        <source>By sending this form you confirm that your answers are correct, as far as you know.</source>
        <translation>بإرسال هذا النموذج تؤكد أن إجاباتك صحيحة على حد علمك.</translation>
    </message>
    <message>
        <source>Who receives your answers</source>
        <translation>من يتلقى إجاباتك</translation>
    </message>
    <message>
        <source>Why we need them</source>
        <translation>لماذا نحتاج إليها</translation>
    </message>
    <message>
        <source>How long we keep them</source>
        <translation>مدة احتفاظنا بها</translation>
    </message>
    <message>
        <source>What is published</source>
        <translation>ما الذي يُنشر</translation>
    </message>
    <message>
        <source>How we use your answers</source>
        <translation>كيف نستخدم إجاباتك</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Clear this screen for the next person</source>
        <translation>امسح هذه الشاشة للشخص التالي</translation>
    </message>
    <message>
        <source>Your form has been sent. Your reference number is %1</source>
        <translation>تم إرسال النموذج. رقمك المرجعي هو %1</translation>
    </message>
    <message>
        <source>Your form has been sent</source>
        <translation>تم إرسال النموذج</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation>رقمك المرجعي</translation>
    </message>
    <message>
        <source>Write this number down or take a photo of it. You can use it to check what is happening with your form.</source>
        <translation>اكتب هذا الرقم أو التقط له صورة. يمكنك استخدامه لمعرفة ما يحدث لنموذجك.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>ماذا يحدث بعد ذلك</translation>
    </message>
    <message>
        <source>Tell us how this went</source>
        <translation>أخبرنا كيف كانت التجربة</translation>
    </message>
    <message>
        <source>Five faces and an optional comment. Your name is not sent.</source>
        <translation>خمسة وجوه وتعليق اختياري. لا يُرسل اسمك.</translation>
    </message>
    <message>
        <source>Your form is saved on this kiosk. The kiosk sends it to the council by itself. You do not need to wait.</source>
        <translation>حُفظ نموذجك على هذا الكشك، وسيرسله الكشك إلى المجلس تلقائيًا. لا داعي للانتظار.</translation>
    </message>
    <message>
        <source>When you press Finish, your answers are cleared from this kiosk.</source>
        <translation>عند الضغط على «إنهاء» تُمسح إجاباتك من هذا الكشك.</translation>
    </message>
    <message>
        <source>QR code of your reference number</source>
        <translation>رمز ⁦QR⁩ لرقمك المرجعي</translation>
    </message>
    <message>
        <source>Print my answers too</source>
        <translation>اطبع إجاباتي أيضًا</translation>
    </message>
    <message>
        <source>The page will then have your personal details on it. Take it with you.</source>
        <translation>ستحمل الصفحة حينها بياناتك الشخصية. خذها معك.</translation>
    </message>
    <message>
        <source>Print another receipt</source>
        <translation>اطبع إيصالًا آخر</translation>
    </message>
    <message>
        <source>Print a receipt</source>
        <translation>اطبع إيصالًا</translation>
    </message>
    <message>
        <source>A page with your reference number, its QR code and what happens next</source>
        <translation>صفحة فيها رقمك المرجعي ورمز ⁦QR⁩ الخاص به وما يحدث بعد ذلك</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>جارٍ طباعة الإيصال…</translation>
    </message>
    <message>
        <source>Your receipt has printed. Take it from the printer.</source>
        <translation>تمت طباعة الإيصال. خذه من الطابعة.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Take a photo of the QR code or write down your reference number, or ask a member of staff.</source>
        <translation>نفد الورق من الطابعة. التقط صورة لرمز ⁦QR⁩ أو اكتب رقمك المرجعي، أو اطلب المساعدة من فريق العمل.</translation>
    </message>
    <message>
        <source>The printer is not working at the moment. Take a photo of the QR code or write down your reference number, or ask a member of staff.</source>
        <translation>الطابعة لا تعمل الآن. التقط صورة لرمز ⁦QR⁩ أو اكتب رقمك المرجعي، أو اطلب المساعدة من فريق العمل.</translation>
    </message>
    <message>
        <source>Your receipt could not be printed. Take a photo of the QR code or write down your reference number, or ask a member of staff.</source>
        <translation>تعذّرت طباعة الإيصال. التقط صورة لرمز ⁦QR⁩ أو اكتب رقمك المرجعي، أو اطلب المساعدة من فريق العمل.</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Help from staff</source>
        <translation>مساعدة من فريق العمل</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>لا، شكرًا</translation>
    </message>
    <message>
        <source>The helper can see your answers and type them for you if you ask</source>
        <translation>تظهر إجاباتك لفريق العمل، ويمكن كتابتها عنك عند الطلب</translation>
    </message>
    <message>
        <source>Would you like %1 to help you?</source>
        <translation>قبول المساعدة من ⁨%1⁩؟</translation>
    </message>
    <message>
        <source>The council will be told that you had help. It will not be told who helped you.</source>
        <translation>سيُبلَّغ المجلس بأنك حصلت على مساعدة، دون ذكر اسم من قدّم المساعدة.</translation>
    </message>
    <message>
        <source>Yes, I would like help</source>
        <translation>نعم، أريد المساعدة</translation>
    </message>
    <message>
        <source>%1 works for %2. If you say yes, they can see what you type. They can also type for you if you ask.</source>
        <translation>⁨%1⁩ من فريق العمل في ⁨%2⁩. عند الموافقة تظهر كتابتك لفريق العمل، ويمكن الكتابة عنك عند الطلب.</translation>
    </message>
    <message>
        <source>%1 is a member of staff here. If you say yes, they can see what you type. They can also type for you if you ask.</source>
        <translation>⁨%1⁩ من فريق العمل هنا. عند الموافقة تظهر كتابتك لفريق العمل، ويمكن الكتابة عنك عند الطلب.</translation>
    </message>
    <message>
        <source>Nothing is kept on this kiosk after you finish. You can say no and carry on by yourself.</source>
        <translation>لا يُحفظ شيء على هذا الكشك بعد الانتهاء. يمكن الرفض والمواصلة دون مساعدة.</translation>
    </message>
</context>
<context>
    <name>ContrastToggle</name>
    <message>
        <source>High contrast: on</source>
        <translation>تباين عالٍ: مفعّل</translation>
    </message>
    <message>
        <source>High contrast: off</source>
        <translation>تباين عالٍ: غير مفعّل</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Yellow and white writing on black</source>
        <translation>كتابة صفراء وبيضاء على خلفية سوداء</translation>
    </message>
</context>
<context>
    <name>DisplayOptionsPage</name>
    <message>
        <source>Display and language</source>
        <translation>العرض واللغة</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Back to the screen</source>
        <translation>العودة إلى الشاشة</translation>
    </message>
    <message>
        <source>Close the display and language options</source>
        <translation>إغلاق خيارات العرض واللغة</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation>هناك مشكلة</translation>
    </message>
</context>
<context>
    <name>EvidenceAggregator</name>
    <message>
        <source>The usage counts could not be saved.</source>
        <translation>تعذر حفظ أعداد الاستخدام.</translation>
    </message>
</context>
<context>
    <name>FaceRating</name>
    <message>
        <source>How was this?</source>
        <translation>كيف كانت التجربة؟</translation>
    </message>
</context>
<context>
    <name>FeedbackHold</name>
    <message>
        <source>Feedback cannot be sent from this kiosk.</source>
        <translation>لا يمكن إرسال الملاحظات من هذا الكشك.</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <source>How was this?</source>
        <translation>كيف كانت التجربة؟</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Clear this screen for the next person</source>
        <translation>امسح هذه الشاشة للشخص التالي</translation>
    </message>
    <message>
        <source>Send your answer to the council without your name</source>
        <translation>أرسل إجابتك إلى المجلس دون اسمك</translation>
    </message>
    <message>
        <source>Choose one face. You do not have to answer.</source>
        <translation>اختر وجهًا واحدًا. الإجابة ليست إلزامية.</translation>
    </message>
    <message>
        <source>Anything else you want to tell us? (optional)</source>
        <translation>هل تريد أن تخبرنا بشيء آخر؟ (اختياري)</translation>
    </message>
    <message>
        <source>Thank you. Your answer helps the council make this better.</source>
        <translation>شكرًا لك. إجابتك تساعد المجلس على تحسين هذه الخدمة.</translation>
    </message>
    <message>
        <source>How was using this kiosk?</source>
        <translation>كيف كانت تجربتك مع هذا الكشك؟</translation>
    </message>
    <message>
        <source>Do not write your name, address or phone number.</source>
        <translation>لا تكتب اسمك أو عنوانك أو رقم هاتفك.</translation>
    </message>
</context>
<context>
    <name>FeedbackSender</name>
    <message>
        <source>Very bad</source>
        <translation>سيئ جدًا</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>سيئ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>جيد جدًا</translation>
    </message>
    <message>
        <source>Feedback cannot be sent from this kiosk.</source>
        <translation>لا يمكن إرسال الملاحظات من هذا الكشك.</translation>
    </message>
    <message>
        <source>Choose one of the faces.</source>
        <translation>اختر أحد الوجوه.</translation>
    </message>
</context>
<context>
    <name>FieldDate</name>
    <message>
        <source>For example, 27 3 2026</source>
        <translation>مثلًا، ⁦27 3 2026⁩</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
</context>
<context>
    <name>FieldLongText</name>
    <message numerus="yes">
        <source>You can enter up to %n character(s)</source>
        <translation>
            <numerusform>لا يمكنك إدخال أي حرف</numerusform>
            <numerusform>يمكنك إدخال حرف واحد</numerusform>
            <numerusform>يمكنك إدخال حرفين كحد أقصى</numerusform>
            <numerusform>يمكنك إدخال %n أحرف كحد أقصى</numerusform>
            <numerusform>يمكنك إدخال %n حرفًا كحد أقصى</numerusform>
            <numerusform>يمكنك إدخال %n حرف كحد أقصى</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldMultiChoice</name>
    <message>
        <source>Select all that apply.</source>
        <translation>اختر كل ما ينطبق.</translation>
    </message>
</context>
<context>
    <name>FieldPostcodeAddress</name>
    <message>
        <source>Building and street</source>
        <translation>المبنى والشارع</translation>
    </message>
    <message>
        <source>Building and street, line 1 of 2</source>
        <translation>المبنى والشارع، السطر 1 من 2</translation>
    </message>
    <message>
        <source>Building and street line 2 (optional)</source>
        <translation>المبنى والشارع، السطر 2 (اختياري)</translation>
    </message>
    <message>
        <source>Building and street, line 2 of 2</source>
        <translation>المبنى والشارع، السطر 2 من 2</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translation>البلدة أو المدينة</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
</context>
<context>
    <name>FieldYesNo</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>FlowSession</name>
    <message>
        <source>No service has been started.</source>
        <translation>لم تبدأ أي خدمة.</translation>
    </message>
</context>
<context>
    <name>Heartbeat</name>
    <message>
        <source>No json destination is configured for heartbeats.</source>
        <translation>لم تُضبط وجهة json لنبضات التشغيل.</translation>
    </message>
</context>
<context>
    <name>HelperBanner</name>
    <message>
        <source>You type</source>
        <translation>أنت تكتب</translation>
    </message>
    <message>
        <source>Let me type</source>
        <translation>دعني أكتب</translation>
    </message>
    <message>
        <source>Give the keyboard back to the person you are helping</source>
        <translation>أعد لوحة المفاتيح إلى الشخص الذي تساعده</translation>
    </message>
    <message>
        <source>The helper types the answers for the person</source>
        <translation>كتابة الإجابات عن الشخص بيد فريق العمل</translation>
    </message>
    <message>
        <source>Carry on by yourself</source>
        <translation>أكمل بنفسك</translation>
    </message>
    <message>
        <source>The helper steps away. Your answers stay on the screen.</source>
        <translation>انتهاء المساعدة من فريق العمل. تبقى إجاباتك على الشاشة.</translation>
    </message>
    <message>
        <source>Ends this session and clears every answer from the screen</source>
        <translation>ينهي هذه الجلسة ويمسح كل الإجابات من الشاشة</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Staff options</source>
        <translation>خيارات فريق العمل</translation>
    </message>
    <message>
        <source>Typing for the person, stepping away, signing out</source>
        <translation>الكتابة عن الشخص، الابتعاد، تسجيل الخروج</translation>
    </message>
    <message>
        <source>Back to the screen</source>
        <translation>العودة إلى الشاشة</translation>
    </message>
    <message>
        <source>Close the staff options</source>
        <translation>إغلاق خيارات فريق العمل</translation>
    </message>
</context>
<context>
    <name>HelperLockout</name>
    <message>
        <source>The helper sign-in record could not be read.</source>
        <translation>تعذرت قراءة سجل دخول المساعدين.</translation>
    </message>
    <message>
        <source>The helper sign-in record is damaged and was reset.</source>
        <translation>كان سجل دخول المساعدين تالفًا وأُعيد ضبطه.</translation>
    </message>
    <message>
        <source>The helper sign-in record could not be saved.</source>
        <translation>تعذر حفظ سجل دخول المساعدين.</translation>
    </message>
</context>
<context>
    <name>HelperSession</name>
    <message>
        <source>There is no helper waiting for an answer.</source>
        <translation>لا أحد من فريق العمل بانتظار إجابة للمساعدة.</translation>
    </message>
    <message>
        <source>The person using the kiosk must agree before a helper types for them.</source>
        <translation>لا تبدأ الكتابة من فريق العمل قبل موافقة مستخدم الكشك.</translation>
    </message>
    <message>
        <source>%1 is typing for you.</source>
        <translation>الكتابة الآن بيد ⁨%1⁩.</translation>
    </message>
    <message>
        <source>%1 is helping you.</source>
        <translation>المساعدة الآن من ⁨%1⁩.</translation>
    </message>
    <message>
        <source>You are carrying on by yourself.</source>
        <translation>أنت تكمل بنفسك.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n minute(s) and try again, or ask another member of staff.</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة جدًا. يمكن المحاولة مجددًا الآن، أو طلب المساعدة من شخص آخر في فريق العمل.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. يمكن المحاولة مجددًا بعد دقيقة واحدة، أو طلب المساعدة من شخص آخر في فريق العمل.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. يمكن المحاولة مجددًا بعد دقيقتين، أو طلب المساعدة من شخص آخر في فريق العمل.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. يمكن المحاولة مجددًا بعد %n دقائق، أو طلب المساعدة من شخص آخر في فريق العمل.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. يمكن المحاولة مجددًا بعد %n دقيقة، أو طلب المساعدة من شخص آخر في فريق العمل.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. يمكن المحاولة مجددًا بعد %n دقيقة، أو طلب المساعدة من شخص آخر في فريق العمل.</numerusform>
        </translation>
    </message>
    <message>
        <source>A helper is already signed in. Sign out first.</source>
        <translation>هناك شخص مسجَّل الدخول للمساعدة بالفعل. يلزم تسجيل الخروج أولًا.</translation>
    </message>
    <message>
        <source>That helper number and PIN do not match. Try again.</source>
        <translation>رقم التعريف والرمز السري غير متطابقين. يمكن المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>%1, a member of staff here, would like to help you.</source>
        <translation>عرض مساعدة من ⁨%1⁩ من فريق العمل هنا.</translation>
    </message>
    <message>
        <source>%1 from %2 would like to help you.</source>
        <translation>عرض مساعدة من ⁨%1⁩ من فريق العمل في ⁨%2⁩.</translation>
    </message>
</context>
<context>
    <name>HelperSignInScreen</name>
    <message>
        <source>Staff sign in</source>
        <translation>دخول فريق العمل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign in to help someone</source>
        <translation>تسجيل الدخول لمساعدة شخص ما</translation>
    </message>
    <message>
        <source>Helper number</source>
        <translation>رقم التعريف</translation>
    </message>
    <message>
        <source>For example, H001</source>
        <translation>مثلًا، H001</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <source>Your PIN is not shown or read aloud</source>
        <translation>لا يُعرض رمزك السري ولا يُقرأ بصوت عالٍ</translation>
    </message>
    <message>
        <source>For staff only. Swipe your staff card, or type your helper number and PIN.</source>
        <translation>لفريق العمل فقط. تمرير بطاقة فريق العمل، أو كتابة رقم التعريف والرمز السري.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>أحتاج إلى مزيد من الوقت</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? Your answers will be cleared in %n second(s) to keep them private.</source>
        <translation>
            <numerusform>هل ما زلت هنا؟ ستُمسح إجاباتك الآن حفاظًا على خصوصيتك.</numerusform>
            <numerusform>هل ما زلت هنا؟ ستُمسح إجاباتك خلال ثانية واحدة حفاظًا على خصوصيتك.</numerusform>
            <numerusform>هل ما زلت هنا؟ ستُمسح إجاباتك خلال ثانيتين حفاظًا على خصوصيتك.</numerusform>
            <numerusform>هل ما زلت هنا؟ ستُمسح إجاباتك خلال %n ثوانٍ حفاظًا على خصوصيتك.</numerusform>
            <numerusform>هل ما زلت هنا؟ ستُمسح إجاباتك خلال %n ثانية حفاظًا على خصوصيتك.</numerusform>
            <numerusform>هل ما زلت هنا؟ ستُمسح إجاباتك خلال %n ثانية حفاظًا على خصوصيتك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there? Your answers will be cleared soon. Touch the screen or choose ‘I need more time’.</source>
        <translation>هل ما زلت هنا؟ ستُمسح إجاباتك قريبًا. المس الشاشة أو اختر «أحتاج إلى مزيد من الوقت».</translation>
    </message>
    <message numerus="yes">
        <source>Your answers will be cleared in %n second(s) to keep them private.</source>
        <translation>
            <numerusform>ستُمسح إجاباتك الآن حفاظًا على خصوصيتك.</numerusform>
            <numerusform>ستُمسح إجاباتك خلال ثانية واحدة حفاظًا على خصوصيتك.</numerusform>
            <numerusform>ستُمسح إجاباتك خلال ثانيتين حفاظًا على خصوصيتك.</numerusform>
            <numerusform>ستُمسح إجاباتك خلال %n ثوانٍ حفاظًا على خصوصيتك.</numerusform>
            <numerusform>ستُمسح إجاباتك خلال %n ثانية حفاظًا على خصوصيتك.</numerusform>
            <numerusform>ستُمسح إجاباتك خلال %n ثانية حفاظًا على خصوصيتك.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskComposition</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>تعذر إنشاء مجلد البيانات %1.</translation>
    </message>
    <message>
        <source>No service could be loaded from %1.</source>
        <translation>تعذر تحميل أي خدمة من %1.</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>expected %1, found %2</source>
        <translation>المتوقع %1، والموجود %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>unknown key (allowed here: %1)</source>
        <translation>مفتاح غير معروف (المسموح هنا: %1)</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>مفتاح مطلوب مفقود</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 خارج النطاق (من %2 إلى %3)</translation>
    </message>
    <message>
        <source>a URL is required</source>
        <translation>عنوان URL مطلوب</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid absolute URL</source>
        <translation>&quot;%1&quot; ليس عنوان URL مطلقًا صالحًا</translation>
    </message>
    <message>
        <source>plain http is only allowed to this machine (127.0.0.1); use https</source>
        <translation>لا يُسمح باستخدام http العادي إلا مع هذا الجهاز (127.0.0.1)؛ استخدم https</translation>
    </message>
    <message>
        <source>unsupported URL scheme &quot;%1&quot;</source>
        <translation>مخطط URL غير مدعوم &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a PIN hash is required</source>
        <translation>تجزئة الرمز السري مطلوبة</translation>
    </message>
    <message>
        <source>not a usable PIN hash (%1) Make one with civic-kioskctl set-admin-pin.</source>
        <translation>ليست تجزئة رمز سري صالحة للاستخدام (%1) أنشئ واحدة بالأمر civic-kioskctl set-admin-pin.</translation>
    </message>
</context>
<context>
    <name>KioskScrollBar</name>
    <message>
        <source>Scroll the page</source>
        <translation>تمرير الصفحة</translation>
    </message>
</context>
<context>
    <name>KioskTranslator</name>
    <message>
        <source>This language is not available.</source>
        <translation>هذه اللغة غير متاحة.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Current language</source>
        <translation>اللغة الحالية</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>تغيير اللغة</translation>
    </message>
</context>
<context>
    <name>LockoutStore</name>
    <message>
        <source>The admin lock state could not be saved.</source>
        <translation>تعذر حفظ حالة قفل المسؤول.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Civic Kiosk</source>
        <translation>كشك الخدمات المدنية</translation>
    </message>
    <message>
        <source>Your settings card has been applied.</source>
        <translation>تم تطبيق بطاقة الإعدادات.</translation>
    </message>
</context>
<context>
    <name>PerformanceCache</name>
    <message>
        <source>The service figures could not be read.</source>
        <translation>تعذرت قراءة أرقام الخدمة.</translation>
    </message>
    <message>
        <source>The saved service figures could not be read.</source>
        <translation>تعذرت قراءة أرقام الخدمة المحفوظة.</translation>
    </message>
    <message>
        <source>The service figures could not be saved.</source>
        <translation>تعذر حفظ أرقام الخدمة.</translation>
    </message>
    <message>
        <source>About half of these are closed within a day.</source>
        <translation>يُغلق نحو نصف هذه الطلبات خلال يوم.</translation>
    </message>
    <message>
        <source>Figures from %1.</source>
        <translation>أرقام من %1.</translation>
    </message>
    <message numerus="yes">
        <source>About half of these are closed within %n day(s).</source>
        <translation>
            <numerusform>يُغلق نحو نصف هذه الحالات في اليوم نفسه.</numerusform>
            <numerusform>يُغلق نحو نصف هذه الحالات خلال يوم واحد.</numerusform>
            <numerusform>يُغلق نحو نصف هذه الحالات خلال يومين.</numerusform>
            <numerusform>يُغلق نحو نصف هذه الحالات خلال %n أيام.</numerusform>
            <numerusform>يُغلق نحو نصف هذه الحالات خلال %n يومًا.</numerusform>
            <numerusform>يُغلق نحو نصف هذه الحالات خلال %n يوم.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>لم تُدخل أي أرقام</numerusform>
            <numerusform>أُدخل رقم واحد</numerusform>
            <numerusform>أُدخل رقمان</numerusform>
            <numerusform>أُدخلت %n أرقام</numerusform>
            <numerusform>أُدخل %n رقمًا</numerusform>
            <numerusform>أُدخل %n رقم</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>remove the last PIN digit</comment>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>confirm the PIN</comment>
        <translation>تأكيد</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <source>Staff only: enter the admin PIN</source>
        <translation>لفريق العمل فقط: أدخل الرمز السري للمسؤول</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>رموز سرية خاطئة كثيرة جدًا. حاول مرة أخرى الآن.</numerusform>
            <numerusform>رموز سرية خاطئة كثيرة جدًا. حاول مرة أخرى بعد ثانية واحدة.</numerusform>
            <numerusform>رموز سرية خاطئة كثيرة جدًا. حاول مرة أخرى بعد ثانيتين.</numerusform>
            <numerusform>رموز سرية خاطئة كثيرة جدًا. حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>رموز سرية خاطئة كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>رموز سرية خاطئة كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>This question is optional. You can leave it empty.</source>
        <translation>هذا السؤال اختياري. يمكنك تركه فارغًا.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>خطأ: %1</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>ابدأ من جديد</translation>
    </message>
    <message>
        <source>Clear all your answers and go back to the first screen</source>
        <translation>امسح كل إجاباتك وعُد إلى الشاشة الأولى</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Read aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>إيقاف القراءة</translation>
    </message>
    <message>
        <source>Reads this page out loud</source>
        <translation>يقرأ هذه الصفحة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Read every page</source>
        <translation>قراءة كل صفحة</translation>
    </message>
    <message>
        <source>Each new page and each key you press is read out loud</source>
        <translation>تُقرأ كل صفحة جديدة وكل مفتاح تضغطه بصوت عالٍ</translation>
    </message>
    <message>
        <source>Speed: slow</source>
        <translation>السرعة: بطيئة</translation>
    </message>
    <message>
        <source>Speed: normal</source>
        <translation>السرعة: عادية</translation>
    </message>
    <message>
        <source>Speed: fast</source>
        <translation>السرعة: سريعة</translation>
    </message>
    <message>
        <source>Changes how fast the page is read</source>
        <translation>يغيّر سرعة قراءة الصفحة</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>سماعات الرأس</translation>
    </message>
    <message>
        <source>Only with headphones are your own answers read out loud</source>
        <translation>لا تُقرأ إجاباتك الخاصة بصوت عالٍ إلا مع سماعات الرأس</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>The printer cannot be reached.</source>
        <translation>تعذّر الاتصال بالطابعة.</translation>
    </message>
    <message>
        <source>The printer refused the page.</source>
        <translation>رفضت الطابعة الصفحة.</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>تعذّر إنشاء رمز ⁦QR⁩.</translation>
    </message>
    <message>
        <source>Your form has been sent</source>
        <translation>تم إرسال النموذج</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation>رقمك المرجعي</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>ماذا يحدث بعد ذلك</translation>
    </message>
    <message>
        <source>The kiosk sends your form to the council by itself. Keep this page: the reference number is how you and the council find your form.</source>
        <translation>يرسل الكشك النموذج إلى المجلس تلقائيًا. احتفظ بهذه الصفحة: بالرقم المرجعي يجد المجلس النموذج وتجده أنت أيضًا.</translation>
    </message>
    <message>
        <source>How to check on your form</source>
        <translation>كيفية التحقق من النموذج</translation>
    </message>
    <message>
        <source>On the kiosk, choose &quot;Check on a form you sent&quot; and type the reference number.</source>
        <translation>في الكشك، اختر «تحقق من نموذج أرسلته» واكتب الرقم المرجعي.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>إجاباتك</translation>
    </message>
    <message>
        <source>This page has your personal details on it. Keep it safe.</source>
        <translation>في هذه الصفحة بياناتك الشخصية. احتفظ بها في مكان آمن.</translation>
    </message>
    <message>
        <source>The page could not be prepared for printing.</source>
        <translation>تعذّر تجهيز الصفحة للطباعة.</translation>
    </message>
    <message>
        <source>This settings code is not right. Check it and try again.</source>
        <translation>رمز الإعدادات هذا غير صحيح. تحقق منه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>كبير</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>الأكبر</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>بطيء</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>سريع</translation>
    </message>
    <message>
        <source>On</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>غير مفعّل</translation>
    </message>
    <message>
        <source>Your kiosk settings</source>
        <translation>إعدادات الكشك الخاصة بك</translation>
    </message>
    <message>
        <source>Hold this card under the scanner of any kiosk, or type the code, and the kiosk sets itself up the way you like it. The card has no personal details on it.</source>
        <translation>ضع هذه البطاقة تحت ماسح أي كشك، أو اكتب الرمز، فيضبط الكشك نفسه كما تفضّل. لا توجد على البطاقة أي بيانات شخصية.</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>حجم النص:</translation>
    </message>
    <message>
        <source>High contrast:</source>
        <translation>تباين عالٍ:</translation>
    </message>
    <message>
        <source>Read aloud:</source>
        <translation>القراءة بصوت عالٍ:</translation>
    </message>
    <message>
        <source>Speech speed:</source>
        <translation>سرعة الكلام:</translation>
    </message>
    <message>
        <source>More time:</source>
        <translation>وقت إضافي:</translation>
    </message>
    <message>
        <source>How we use your answers</source>
        <translation>كيف نستخدم إجاباتك</translation>
    </message>
</context>
<context>
    <name>ReferenceLookup</name>
    <message>
        <source>We could not check for news just now.</source>
        <translation>لم نتمكن من التحقق من المستجدات الآن.</translation>
    </message>
    <message>
        <source>Enter a reference number in the correct format, like CK-7F3K-92QD-X</source>
        <translation>أدخل الرقم المرجعي بالصيغة الصحيحة، مثل ⁦CK-7F3K-92QD-X⁩</translation>
    </message>
</context>
<context>
    <name>ReferenceNumber</name>
    <message>
        <source>A reference number looks like CK-7F3K-92QD-X: CK and then 9 letters and numbers.</source>
        <translation>يبدو الرقم المرجعي هكذا: CK-7F3K-92QD-X، أي CK ثم 9 حروف وأرقام.</translation>
    </message>
    <message>
        <source>This kiosk cannot number submissions right now.</source>
        <translation>لا يستطيع هذا الكشك ترقيم الطلبات الآن.</translation>
    </message>
    <message>
        <source>The kiosk number %1 is outside 1 to %2.</source>
        <translation>رقم الكشك %1 خارج النطاق من 1 إلى %2.</translation>
    </message>
    <message>
        <source>This kiosk cannot give reference numbers to new forms any more. Ask a member of staff.</source>
        <translation>لم يعد هذا الكشك قادرًا على إعطاء أرقام مرجعية للنماذج الجديدة. اطلب المساعدة من فريق العمل.</translation>
    </message>
    <message>
        <source>Enter a reference number in the correct format, like CK-7F3K-92QD-X</source>
        <translation>أدخل الرقم المرجعي بالصيغة الصحيحة، مثل ⁦CK-7F3K-92QD-X⁩</translation>
    </message>
</context>
<context>
    <name>RemoteViewNotice</name>
    <message>
        <source>A picture of this screen was sent to support staff. Your answers and personal details were hidden in it.</source>
        <translation>أُرسلت صورة لهذه الشاشة إلى فريق العمل للدعم. أُخفيت إجاباتك وبياناتك الشخصية فيها.</translation>
    </message>
    <message>
        <source>A picture of this screen was sent to support staff.</source>
        <translation>أُرسلت صورة لهذه الشاشة إلى فريق العمل للدعم.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>RemoteViewPrompt</name>
    <message>
        <source>Support staff want to see a picture of this screen to help with a problem. Your answers and personal details will be hidden in the picture. Nothing is sent unless you choose yes.</source>
        <translation>يريد فريق العمل للدعم رؤية صورة لهذه الشاشة للمساعدة في حل مشكلة. ستُخفى إجاباتك وبياناتك الشخصية في الصورة. لن يُرسل أي شيء دون موافقتك.</translation>
    </message>
    <message>
        <source>Support staff want to see a picture of this screen.</source>
        <translation>يريد فريق العمل للدعم رؤية صورة لهذه الشاشة.</translation>
    </message>
    <message>
        <source>Yes, send the picture</source>
        <translation>نعم، إرسال الصورة</translation>
    </message>
    <message>
        <source>No, do not send it</source>
        <translation>لا، عدم الإرسال</translation>
    </message>
    <message numerus="yes">
        <source>If you do not answer within %n second(s), nothing is sent.</source>
        <translation>
            <numerusform>إن لم تصل إجابة الآن، فلن يُرسل أي شيء.</numerusform>
            <numerusform>إن لم تصل إجابة خلال ثانية واحدة، فلن يُرسل أي شيء.</numerusform>
            <numerusform>إن لم تصل إجابة خلال ثانيتين، فلن يُرسل أي شيء.</numerusform>
            <numerusform>إن لم تصل إجابة خلال %n ثوانٍ، فلن يُرسل أي شيء.</numerusform>
            <numerusform>إن لم تصل إجابة خلال %n ثانية، فلن يُرسل أي شيء.</numerusform>
            <numerusform>إن لم تصل إجابة خلال %n ثانية، فلن يُرسل أي شيء.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenScaffold</name>
    <message>
        <source>Council services</source>
        <translation>خدمات المجلس</translation>
    </message>
    <message>
        <source>Display and language</source>
        <translation>العرض واللغة</translation>
    </message>
    <message>
        <source>Text size, contrast, reading aloud and language</source>
        <translation>حجم النص والتباين والقراءة بصوت عالٍ واللغة</translation>
    </message>
</context>
<context>
    <name>ServiceListScreen</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>ماذا تريد أن تفعل؟</translation>
    </message>
    <message>
        <source>Opens a government website on this kiosk.</source>
        <translation>يفتح موقعًا حكوميًا على هذا الكشك.</translation>
    </message>
</context>
<context>
    <name>SettingsCardScreen</name>
    <message>
        <source>Settings card</source>
        <translation>بطاقة الإعدادات</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Use this code</source>
        <translation>استخدم هذا الرمز</translation>
    </message>
    <message>
        <source>A settings card keeps your text size, contrast, read aloud, speech speed, language and more time. It has no personal details on it.</source>
        <translation>تحفظ بطاقة الإعدادات حجم النص والتباين والقراءة بصوت عالٍ وسرعة الكلام واللغة والوقت الإضافي. لا توجد عليها أي بيانات شخصية.</translation>
    </message>
    <message>
        <source>Give me more time on each page</source>
        <translation>امنحني وقتًا أطول في كل صفحة</translation>
    </message>
    <message>
        <source>Save my settings</source>
        <translation>احفظ إعداداتي</translation>
    </message>
    <message>
        <source>Shows a QR code and a short code for your settings</source>
        <translation>يعرض رمز ⁦QR⁩ ورمزًا قصيرًا لإعداداتك</translation>
    </message>
    <message>
        <source>QR code of your settings</source>
        <translation>رمز ⁦QR⁩ لإعداداتك</translation>
    </message>
    <message>
        <source>Print my settings card</source>
        <translation>اطبع بطاقة إعداداتي</translation>
    </message>
    <message>
        <source>Printing your settings card…</source>
        <translation>جارٍ طباعة بطاقة الإعدادات…</translation>
    </message>
    <message>
        <source>Your settings card has printed. Take it from the printer.</source>
        <translation>تمت طباعة بطاقة الإعدادات. خذها من الطابعة.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Take a photo of the QR code or write down the code.</source>
        <translation>نفد الورق من الطابعة. التقط صورة لرمز ⁦QR⁩ أو اكتب الرمز.</translation>
    </message>
    <message>
        <source>The printer is not working at the moment. Take a photo of the QR code or write down the code.</source>
        <translation>الطابعة لا تعمل الآن. التقط صورة لرمز ⁦QR⁩ أو اكتب الرمز.</translation>
    </message>
    <message>
        <source>Use a settings card</source>
        <translation>استخدم بطاقة إعدادات</translation>
    </message>
    <message>
        <source>Code on your settings card</source>
        <translation>الرمز الموجود على بطاقة إعداداتك</translation>
    </message>
    <message>
        <source>Your settings card has been applied.</source>
        <translation>تم تطبيق بطاقة الإعدادات.</translation>
    </message>
    <message>
        <source>It starts with KS1, like KS1-EN-00010-1</source>
        <translation>يبدأ بـ ⁦KS1⁩، مثل ⁦KS1-EN-00010-1⁩</translation>
    </message>
</context>
<context>
    <name>StaffCard</name>
    <message>
        <source>This card was not recognised. Type your helper number and PIN instead.</source>
        <translation>لم يُتعرَّف على هذه البطاقة. يمكن كتابة رقم التعريف والرمز السري بدلًا منها.</translation>
    </message>
    <message>
        <source>The card could not be read. Swipe it again, slowly.</source>
        <translation>تعذرت قراءة البطاقة. يمكن تمريرها مرة أخرى ببطء.</translation>
    </message>
</context>
<context>
    <name>Submitter</name>
    <message>
        <source>Your form could not be saved. Ask a member of staff.</source>
        <translation>تعذر حفظ نموذجك. اطلب المساعدة من فريق العمل.</translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Standard text size</source>
        <translation>حجم النص العادي</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>نص كبير</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>أكبر نص</translation>
    </message>
    <message>
        <source>A</source>
        <comment>text size button glyph</comment>
        <translation>أ</translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation>حجم النص %1%</translation>
    </message>
    <message>
        <source>Makes all the writing on the screen bigger or smaller</source>
        <translation>يكبّر كل الكتابة على الشاشة أو يصغّرها</translation>
    </message>
</context>
<context>
    <name>TrackScreen</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>It starts with CK</source>
        <translation>يبدأ بـ CK</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Reference %1. %2</source>
        <translation>المرجع %1. %2</translation>
    </message>
    <message>
        <source>Reference %1. %2 Note from the council: %3</source>
        <translation>المرجع %1. %2 ملاحظة من المجلس: %3</translation>
    </message>
    <message>
        <source>Note from the council</source>
        <translation>ملاحظة من المجلس</translation>
    </message>
    <message>
        <source>Check on a form you sent</source>
        <translation>تحقق من نموذج أرسلته</translation>
    </message>
    <message>
        <source>Type the reference number you were given. It starts with CK, like CK-7F3K-92QD-X.</source>
        <translation>اكتب الرقم المرجعي الذي حصلت عليه. يبدأ بـ CK، مثل ⁦CK-7F3K-92QD-X⁩.</translation>
    </message>
</context>
<context>
    <name>TrackingStatus</name>
    <message>
        <source>We last checked on %1 at %2.</source>
        <translation>آخر تحقق كان في %1 الساعة %2.</translation>
    </message>
    <message>
        <source>Received by the council.</source>
        <translation>استلمه المجلس.</translation>
    </message>
    <message>
        <source>Received by the council on %1.</source>
        <translation>استلمه المجلس في %1.</translation>
    </message>
    <message>
        <source>The council is working on this.</source>
        <translation>المجلس يعمل على هذا.</translation>
    </message>
    <message>
        <source>The council is working on this. Last update on %1.</source>
        <translation>المجلس يعمل على هذا. آخر تحديث في %1.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>مغلق.</translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation>أُغلق في %1.</translation>
    </message>
    <message>
        <source>We could not understand the council&apos;s answer. Try again later.</source>
        <translation>تعذر فهم رد المجلس. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Waiting to be sent from this kiosk. It will be sent when the kiosk is back online.</source>
        <translation>بانتظار الإرسال من هذا الكشك. سيُرسل عندما يعود الكشك إلى الاتصال بالإنترنت.</translation>
    </message>
    <message>
        <source>There was a problem sending this form. Ask a member of staff.</source>
        <translation>حدثت مشكلة في إرسال هذا النموذج. اطلب المساعدة من فريق العمل.</translation>
    </message>
    <message>
        <source>We cannot find this reference number. If you sent the form today, check again tomorrow.</source>
        <translation>لا نجد هذا الرقم المرجعي. إذا أرسلت النموذج اليوم، فتحقق مرة أخرى غدًا.</translation>
    </message>
    <message>
        <source>We could not check this just now. Try again later.</source>
        <translation>تعذر التحقق من ذلك الآن. حاول مرة أخرى لاحقًا.</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The web allow-list entry &quot;%1&quot; is not an http or https address with a host.</source>
        <translation>الإدخال &quot;%1&quot; في قائمة المواقع المسموح بها ليس عنوان http أو https يتضمن اسم مضيف.</translation>
    </message>
</context>
<context>
    <name>WebEngineBackend</name>
    <message>
        <source>Online services are not available on this kiosk at the moment.</source>
        <translation>الخدمات عبر الإنترنت غير متاحة على هذا الكشك حاليًا.</translation>
    </message>
</context>
<context>
    <name>WebHeader</name>
    <message>
        <source>Back to the kiosk</source>
        <translation>العودة إلى الكشك</translation>
    </message>
    <message>
        <source>Leave this website and return to the council services</source>
        <translation>غادر هذا الموقع وعُد إلى خدمات المجلس</translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation>طلب المساعدة</translation>
    </message>
    <message>
        <source>Lets the member of staff helping you know that you need them</source>
        <translation>إعلام فريق العمل بالحاجة إلى المساعدة</translation>
    </message>
    <message>
        <source>Your helper has been asked to come and help you.</source>
        <translation>تم طلب حضور فريق العمل لتقديم المساعدة.</translation>
    </message>
</context>
<context>
    <name>WebServiceScreen</name>
    <message>
        <source>This page is not available on this kiosk</source>
        <translation>هذه الصفحة غير متاحة على هذا الكشك</translation>
    </message>
    <message>
        <source>For your safety this kiosk only opens council and government services. You can go back to the service, or back to the kiosk.</source>
        <translation>حفاظًا على سلامتك، لا يفتح هذا الكشك إلا خدمات المجلس والحكومة. يمكنك العودة إلى الخدمة أو إلى الكشك.</translation>
    </message>
    <message>
        <source>Go back to the service</source>
        <translation>العودة إلى الخدمة</translation>
    </message>
    <message>
        <source>Online services are not available at the moment</source>
        <translation>الخدمات عبر الإنترنت غير متاحة حاليًا</translation>
    </message>
    <message>
        <source>Try again later, or ask a member of staff. The other services on this kiosk still work.</source>
        <translation>حاول مرة أخرى لاحقًا، أو اطلب المساعدة من فريق العمل. الخدمات الأخرى على هذا الكشك ما زالت تعمل.</translation>
    </message>
    <message>
        <source>An answer you gave, not read out without headphones.</source>
        <translation>إجابة مقدَّمة، لا تُقرأ بصوت عالٍ دون سماعات الرأس.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to council services</source>
        <translation>مرحبًا بك في خدمات المجلس</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Start using the council services</source>
        <translation>ابدأ استخدام خدمات المجلس</translation>
    </message>
    <message>
        <source>Staff: sign in to help someone</source>
        <translation>لفريق العمل: تسجيل الدخول لمساعدة شخص ما</translation>
    </message>
    <message>
        <source>Use this kiosk to report a problem to the council or to comment on a planning application. It takes about 5 minutes.</source>
        <translation>استخدم هذا الكشك للإبلاغ عن مشكلة إلى المجلس أو للتعليق على طلب بناء. يستغرق ذلك نحو 5 دقائق.</translation>
    </message>
    <message>
        <source>Nothing you type is kept on this kiosk after you finish.</source>
        <translation>لا يُحفظ أي شيء تكتبه على هذا الكشك بعد الانتهاء.</translation>
    </message>
    <message>
        <source>Check on a form you sent</source>
        <translation>تحقق من نموذج أرسلته</translation>
    </message>
    <message>
        <source>Use the reference number you were given to see what is happening with your form</source>
        <translation>استخدم الرقم المرجعي الذي حصلت عليه لمعرفة ما يحدث لنموذجك</translation>
    </message>
    <message>
        <source>Settings card</source>
        <translation>بطاقة الإعدادات</translation>
    </message>
    <message>
        <source>Save your text size, contrast and speech on a card, or use the card you have</source>
        <translation>احفظ حجم النص والتباين والكلام على بطاقة، أو استخدم بطاقتك</translation>
    </message>
</context>
<context>
    <name>ck</name>
    <message>
        <source>destination names use letters, digits, &apos;-&apos; and &apos;_&apos; only</source>
        <translation>تستخدم أسماء الوجهات الحروف والأرقام و&apos;-&apos; و&apos;_&apos; فقط</translation>
    </message>
    <message>
        <source>unknown destination type &quot;%1&quot; (expected &quot;open311&quot; or &quot;json&quot;)</source>
        <translation>نوع وجهة غير معروف &quot;%1&quot; (المتوقع &quot;open311&quot; أو &quot;json&quot;)</translation>
    </message>
    <message>
        <source>give either apiKey or credentialRef, not both</source>
        <translation>أعطِ apiKey أو credentialRef، وليس كليهما</translation>
    </message>
    <message>
        <source>a credential name, not a path</source>
        <translation>اسم بيانات اعتماد، وليس مسارًا</translation>
    </message>
    <message>
        <source>helper id &quot;%1&quot; appears twice</source>
        <translation>رقم التعريف &quot;⁨%1⁩&quot; مكرر مرتين</translation>
    </message>
    <message>
        <source>required when fleet.configUrl is set: unsigned configuration is never applied</source>
        <translation>مطلوب عند ضبط fleet.configUrl: لا يُطبَّق أي إعداد غير موقّع أبدًا</translation>
    </message>
    <message>
        <source>expected a base64 raw Ed25519 public key (32 bytes) or a PEM public key</source>
        <translation>المتوقع مفتاح عام Ed25519 خام بترميز base64 (32 بايت) أو مفتاح عام PEM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a configured json destination</source>
        <translation>&quot;%1&quot; ليست وجهة json مضبوطة</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>يجب أن يكون مسارًا مطلقًا</translation>
    </message>
    <message>
        <source>Enter your answer as text</source>
        <translation>أدخل إجابتك نصًا</translation>
    </message>
    <message>
        <source>Enter your answer</source>
        <translation>أدخل إجابتك</translation>
    </message>
    <message>
        <source>Enter a number</source>
        <translation>أدخل رقمًا</translation>
    </message>
    <message>
        <source>Enter a whole number, like 5</source>
        <translation>أدخل عددًا صحيحًا، مثل 5</translation>
    </message>
    <message>
        <source>Enter a number between %1 and %2</source>
        <translation>أدخل رقمًا بين %1 و%2</translation>
    </message>
    <message>
        <source>Enter a number of %1 or more</source>
        <translation>أدخل رقمًا يساوي %1 أو أكثر</translation>
    </message>
    <message>
        <source>Enter a number of %1 or less</source>
        <translation>أدخل رقمًا يساوي %1 أو أقل</translation>
    </message>
    <message>
        <source>Date must be a real date</source>
        <translation>يجب أن يكون التاريخ تاريخًا حقيقيًا</translation>
    </message>
    <message>
        <source>Enter a date</source>
        <translation>أدخل تاريخًا</translation>
    </message>
    <message>
        <source>Date must include a day</source>
        <translation>يجب أن يتضمن التاريخ اليوم</translation>
    </message>
    <message>
        <source>Date must include a month</source>
        <translation>يجب أن يتضمن التاريخ الشهر</translation>
    </message>
    <message>
        <source>Date must include a year</source>
        <translation>يجب أن يتضمن التاريخ السنة</translation>
    </message>
    <message>
        <source>Year must include 4 numbers</source>
        <translation>يجب أن تتكون السنة من 4 أرقام</translation>
    </message>
    <message>
        <source>Date must be today or in the past</source>
        <translation>يجب أن يكون التاريخ اليوم أو في الماضي</translation>
    </message>
    <message>
        <source>Date must be today or in the future</source>
        <translation>يجب أن يكون التاريخ اليوم أو في المستقبل</translation>
    </message>
    <message>
        <source>Select an option</source>
        <translation>اختر خيارًا</translation>
    </message>
    <message>
        <source>Select one of the options</source>
        <translation>اختر أحد الخيارات</translation>
    </message>
    <message>
        <source>Select at least one option</source>
        <translation>اختر خيارًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>Select yes or no</source>
        <translation>اختر نعم أو لا</translation>
    </message>
    <message>
        <source>Enter an email address</source>
        <translation>أدخل عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>Enter an email address in the correct format, like name@example.com</source>
        <translation>أدخل عنوان بريد إلكتروني بالصيغة الصحيحة، مثل name@example.com</translation>
    </message>
    <message>
        <source>Enter a phone number</source>
        <translation>أدخل رقم هاتف</translation>
    </message>
    <message>
        <source>Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192</source>
        <translation>أدخل رقم هاتف، مثل ⁦01632 960 001⁩ أو ⁦07700 900 982⁩ أو ⁦+44 808 157 0192⁩</translation>
    </message>
    <message>
        <source>Enter a postcode</source>
        <translation>أدخل رمزًا بريديًا</translation>
    </message>
    <message>
        <source>Enter a real postcode, like CF10 1AA</source>
        <translation>أدخل رمزًا بريديًا حقيقيًا، مثل CF10 1AA</translation>
    </message>
    <message>
        <source>Enter the address</source>
        <translation>أدخل العنوان</translation>
    </message>
    <message>
        <source>Enter the first line of the address</source>
        <translation>أدخل السطر الأول من العنوان</translation>
    </message>
    <message>
        <source>No service has been started.</source>
        <translation>لم تبدأ أي خدمة.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>تعذرت قراءة ملف المفتاح %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file</source>
        <translation>%1 أكبر من أن يكون ملف مفتاح</translation>
    </message>
    <message>
        <source>No fleet.publicKey is configured, so no signed configuration is accepted.</source>
        <translation>لم يُضبط fleet.publicKey، لذا لا يُقبل أي إعداد موقّع.</translation>
    </message>
    <message>
        <source>signed configuration</source>
        <translation>الإعداد الموقّع</translation>
    </message>
    <message>
        <source>The signed configuration is for kiosk &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>الإعداد الموقّع مخصص للكشك &quot;%1&quot; وليس &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A signed configuration cannot move the data directory; change it on the kiosk itself.</source>
        <translation>لا يستطيع الإعداد الموقّع نقل مجلد البيانات؛ غيّره على الكشك نفسه.</translation>
    </message>
    <message>
        <source>The encryption library failed.</source>
        <translation>فشلت مكتبة التشفير.</translation>
    </message>
    <message>
        <source>The kiosk key %1 must hold 32 bytes or 64 hex digits.</source>
        <translation>يجب أن يحتوي مفتاح الكشك %1 على 32 بايت أو 64 رقمًا سداسيًا عشريًا.</translation>
    </message>
    <message>
        <source>The kiosk key %1 cannot be read: %2</source>
        <translation>تعذرت قراءة مفتاح الكشك %1: %2</translation>
    </message>
    <message>
        <source>The kiosk key %1 is too large.</source>
        <translation>مفتاح الكشك %1 كبير جدًا.</translation>
    </message>
    <message>
        <source>The key directory %1 cannot be created.</source>
        <translation>تعذر إنشاء مجلد المفاتيح %1.</translation>
    </message>
    <message>
        <source>The kiosk key %1 cannot be written: %2</source>
        <translation>تعذرت كتابة مفتاح الكشك %1: %2</translation>
    </message>
    <message>
        <source>The quarantine folder cannot be created.</source>
        <translation>تعذر إنشاء مجلد العزل.</translation>
    </message>
    <message>
        <source>The damaged outbox could not be moved to the quarantine folder.</source>
        <translation>تعذر نقل صندوق الصادر التالف إلى مجلد العزل.</translation>
    </message>
    <message>
        <source>%1 is not a kiosk number: use a whole number from %2 to %3, a different one for every kiosk in the fleet</source>
        <translation>%1 ليس رقم كشك: استخدم عددًا صحيحًا من %2 إلى %3، مختلفًا لكل كشك في الأسطول</translation>
    </message>
    <message>
        <source>a credential name (letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;), not a path</source>
        <translation>اسم بيانات اعتماد (حروف وأرقام و&apos;.&apos; و&apos;-&apos; و&apos;_&apos;)، وليس مسارًا</translation>
    </message>
    <message>
        <source>A signed configuration cannot change where the outbox key is (outboxKey); change it on the kiosk itself.</source>
        <translation>لا يمكن لإعداد موقَّع أن يغيّر مكان مفتاح صندوق الصادر (outboxKey)؛ غيّره على الكشك نفسه.</translation>
    </message>
    <message>
        <source>The kiosk is delivering (%1); try again in a moment.</source>
        <translation>الكشك يرسل الآن (%1)؛ حاول مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <source>%1 is delivering from this outbox; try again in a moment.</source>
        <translation>%1 يرسل الآن من صندوق الصادر هذا؛ حاول مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <source>Another program is delivering from this outbox; try again in a moment.</source>
        <translation>برنامج آخر يرسل الآن من صندوق الصادر هذا؛ حاول مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <source>The kiosk key %1 is encrypted, but systemd-creds is not installed to decrypt it.</source>
        <translation>مفتاح الكشك %1 مشفَّر، لكن systemd-creds غير مثبَّت لفك تشفيره.</translation>
    </message>
    <message>
        <source>The kiosk key %1 cannot be decrypted with systemd-creds: %2</source>
        <translation>تعذر فك تشفير مفتاح الكشك %1 باستخدام systemd-creds: %2</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>المتوقع true أو false</translation>
    </message>
    <message>
        <source>must start with &quot;cy&quot; when welshLanguageStandards is true</source>
        <translation>يجب أن تبدأ بـ &quot;cy&quot; عندما تكون قيمة welshLanguageStandards هي true</translation>
    </message>
    <message>
        <source>must include &quot;en&quot; when welshLanguageStandards is true: the welcome screen is in Welsh and English</source>
        <translation>يجب أن تتضمن &quot;en&quot; عندما تكون قيمة welshLanguageStandards هي true: شاشة الترحيب بالويلزية والإنجليزية</translation>
    </message>
    <message>
        <source>must be &quot;cy&quot; when welshLanguageStandards is true</source>
        <translation>يجب أن تكون &quot;cy&quot; عندما تكون قيمة welshLanguageStandards هي true</translation>
    </message>
    <message>
        <source>expected an object of names by language, like {&quot;en&quot;: &quot;Central Library&quot;}</source>
        <translation>المتوقع كائن أسماء حسب اللغة، مثل ⁦{&quot;en&quot;: &quot;Central Library&quot;}⁩</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the configured languages</source>
        <translation>&quot;⁨%1⁩&quot; ليست من اللغات المضبوطة</translation>
    </message>
    <message>
        <source>expected a name of 1 to 80 characters, without &quot;%&quot;</source>
        <translation>المتوقع اسم من 1 إلى 80 حرفًا، بدون &quot;%&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Your answer must be %n character(s) or fewer</source>
        <translation>
            <numerusform>يجب ألا تتجاوز إجابتك أي حرف</numerusform>
            <numerusform>يجب ألا تتجاوز إجابتك حرفًا واحدًا</numerusform>
            <numerusform>يجب ألا تتجاوز إجابتك حرفين</numerusform>
            <numerusform>يجب ألا تتجاوز إجابتك %n أحرف</numerusform>
            <numerusform>يجب ألا تتجاوز إجابتك %n حرفًا</numerusform>
            <numerusform>يجب ألا تتجاوز إجابتك %n حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your answer must be %n character(s) or more</source>
        <translation>
            <numerusform>يجب ألا تكون إجابتك فارغة</numerusform>
            <numerusform>يجب أن تحتوي إجابتك على حرف واحد على الأقل</numerusform>
            <numerusform>يجب أن تحتوي إجابتك على حرفين على الأقل</numerusform>
            <numerusform>يجب أن تحتوي إجابتك على %n أحرف على الأقل</numerusform>
            <numerusform>يجب أن تحتوي إجابتك على %n حرفًا على الأقل</numerusform>
            <numerusform>يجب أن تحتوي إجابتك على %n حرف على الأقل</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a number, like 5 or %1</source>
        <translation>أدخل رقمًا، مثل 5 أو ⁦%1⁩</translation>
    </message>
    <message>
        <source>Enter the number with a comma for decimals, like %1, and no full stop between thousands</source>
        <translation>أدخل الرقم مع فاصلة للكسور العشرية، مثل ⁦%1⁩، ومن دون نقطة بين الآلاف</translation>
    </message>
    <message>
        <source>Enter the number with a full stop for decimals, like %1</source>
        <translation>أدخل الرقم مع نقطة للكسور العشرية، مثل ⁦%1⁩</translation>
    </message>
    <message numerus="yes">
        <source>Email address must be %n character(s) or fewer</source>
        <translation>
            <numerusform>يجب ألا يتجاوز عنوان البريد الإلكتروني أي حرف</numerusform>
            <numerusform>يجب ألا يتجاوز عنوان البريد الإلكتروني حرفًا واحدًا</numerusform>
            <numerusform>يجب ألا يتجاوز عنوان البريد الإلكتروني حرفين</numerusform>
            <numerusform>يجب ألا يتجاوز عنوان البريد الإلكتروني %n أحرف</numerusform>
            <numerusform>يجب ألا يتجاوز عنوان البريد الإلكتروني %n حرفًا</numerusform>
            <numerusform>يجب ألا يتجاوز عنوان البريد الإلكتروني %n حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each line of the address must be %n character(s) or fewer</source>
        <translation>
            <numerusform>يجب ألا يتجاوز كل سطر من العنوان أي حرف</numerusform>
            <numerusform>يجب ألا يتجاوز كل سطر من العنوان حرفًا واحدًا</numerusform>
            <numerusform>يجب ألا يتجاوز كل سطر من العنوان حرفين</numerusform>
            <numerusform>يجب ألا يتجاوز كل سطر من العنوان %n أحرف</numerusform>
            <numerusform>يجب ألا يتجاوز كل سطر من العنوان %n حرفًا</numerusform>
            <numerusform>يجب ألا يتجاوز كل سطر من العنوان %n حرف</numerusform>
        </translation>
    </message>
    <message>
        <source>only an open311 destination can discover its services</source>
        <translation>لا يمكن إلا لوجهة open311 اكتشاف خدماتها</translation>
    </message>
    <message>
        <source>The document is larger than 2 MB.</source>
        <translation>المستند أكبر من 2 ميغابايت.</translation>
    </message>
    <message>
        <source>The XML document has a DTD, which Open311 never uses.</source>
        <translation>يحتوي مستند XML على DTD، وهو ما لا يستخدمه Open311 أبداً.</translation>
    </message>
    <message>
        <source>This is not readable XML (%1).</source>
        <translation>هذا ليس XML قابلاً للقراءة (%1).</translation>
    </message>
    <message>
        <source>This is not readable XML (line %1: %2).</source>
        <translation>هذا ليس XML قابلاً للقراءة (السطر %1: %2).</translation>
    </message>
    <message>
        <source>This is not valid JSON (at character %1: %2).</source>
        <translation>هذا ليس JSON صالحاً (عند الحرف %1: %2).</translation>
    </message>
    <message>
        <source>Unknown key. Check the spelling against docs/flows.md.</source>
        <translation>مفتاح غير معروف. تحقق من الكتابة في docs/flows.md.</translation>
    </message>
    <message>
        <source>Expected an object of translations, like {&quot;cy&quot;: &quot;...&quot;}.</source>
        <translation>يُتوقع كائن ترجمات، مثل {&quot;cy&quot;: &quot;...&quot;}.</translation>
    </message>
    <message>
        <source>Expected a text that is not empty.</source>
        <translation>يُتوقع نص غير فارغ.</translation>
    </message>
    <message>
        <source>required when fleet.commandsUrl is set: unsigned commands are never run</source>
        <translation>مطلوب عند ضبط fleet.commandsUrl: لا تُنفَّذ الأوامر غير الموقّعة أبدًا</translation>
    </message>
    <message>
        <source>No kiosk key was found for the outbox in %1. The kiosk looks for it in: %2. Put the key back there: a new key could not open the forms already in the outbox.</source>
        <translation>لم يُعثر على مفتاح الكشك لصندوق الصادر في %1. يبحث الكشك عنه في: %2. أعد المفتاح إلى هناك: لا يستطيع مفتاح جديد فتح النماذج الموجودة في صندوق الصادر.</translation>
    </message>
    <message>
        <source>expected a CUPS printer name or an ipp:// or ipps:// address</source>
        <translation>المتوقع اسم طابعة ⁦CUPS⁩ أو عنوان ⁦ipp://⁩ أو ⁦ipps://⁩</translation>
    </message>
    <message>
        <source>expected an object of texts by language, like {&quot;en&quot;: &quot;Phone 029 2087 2087&quot;}</source>
        <translation>المتوقع كائن من النصوص حسب اللغة، مثل ⁦{&quot;ar&quot;: &quot;029 2087 2087&quot;}⁩</translation>
    </message>
    <message>
        <source>expected a text of 1 to 200 characters</source>
        <translation>المتوقع نص من 1 إلى 200 حرف</translation>
    </message>
</context>
<context>
    <name>ck::AdminGate</name>
    <message>
        <source>No admin PIN is set for this kiosk.</source>
        <translation>لم يُضبط رمز سري للمسؤول لهذا الكشك.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>رموز سرية خاطئة كثيرة جدًا. حاول مرة أخرى الآن.</numerusform>
            <numerusform>رموز سرية خاطئة كثيرة جدًا. حاول مرة أخرى بعد ثانية واحدة.</numerusform>
            <numerusform>رموز سرية خاطئة كثيرة جدًا. حاول مرة أخرى بعد ثانيتين.</numerusform>
            <numerusform>رموز سرية خاطئة كثيرة جدًا. حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>رموز سرية خاطئة كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>رموز سرية خاطئة كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. %n attempt(s) left before a pause.</source>
        <translation>
            <numerusform>هذا الرمز السري غير صحيح. لم تبقَ أي محاولة قبل التوقف المؤقت.</numerusform>
            <numerusform>هذا الرمز السري غير صحيح. بقيت محاولة واحدة قبل التوقف المؤقت.</numerusform>
            <numerusform>هذا الرمز السري غير صحيح. بقيت محاولتان قبل التوقف المؤقت.</numerusform>
            <numerusform>هذا الرمز السري غير صحيح. بقيت %n محاولات قبل التوقف المؤقت.</numerusform>
            <numerusform>هذا الرمز السري غير صحيح. بقيت %n محاولة قبل التوقف المؤقت.</numerusform>
            <numerusform>هذا الرمز السري غير صحيح. بقيت %n محاولة قبل التوقف المؤقت.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ck::AdminStatus</name>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Sending now</source>
        <translation>جارٍ الإرسال الآن</translation>
    </message>
    <message>
        <source>Delivered (receipts kept)</source>
        <translation>تم التسليم (الإيصالات محفوظة)</translation>
    </message>
    <message>
        <source>Refused by the service (dead letters)</source>
        <translation>رفضتها الخدمة (رسائل متعذرة التسليم)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of the admin screen&apos;s usage counts, e.g. &quot;Used read aloud: 3&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sessions today</source>
        <translation>الجلسات اليوم</translation>
    </message>
    <message>
        <source>Finished with a reference number</source>
        <translation>اكتملت برقم مرجعي</translation>
    </message>
    <message>
        <source>Left before the end</source>
        <translation>غادر قبل النهاية</translation>
    </message>
    <message>
        <source>Helped by staff</source>
        <translation>بمساعدة الموظفين</translation>
    </message>
    <message>
        <source>Used read aloud</source>
        <translation>استُخدمت القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Used larger text</source>
        <translation>استُخدم نص أكبر</translation>
    </message>
    <message>
        <source>Earlier days waiting to be sent</source>
        <translation>أيام سابقة بانتظار الإرسال</translation>
    </message>
</context>
<context>
    <name>ck::Aead</name>
    <message>
        <source>The encryption key has the wrong size.</source>
        <translation>حجم مفتاح التشفير غير صحيح.</translation>
    </message>
    <message>
        <source>Stored data failed its integrity check and was not used.</source>
        <translation>فشلت البيانات المخزنة في فحص السلامة ولم تُستخدم.</translation>
    </message>
</context>
<context>
    <name>ck::ConfigSigner</name>
    <message>
        <source>The key is not an Ed25519 key.</source>
        <translation>المفتاح ليس مفتاح Ed25519.</translation>
    </message>
    <message>
        <source>The private key PEM cannot be read.</source>
        <translation>تعذرت قراءة المفتاح الخاص PEM.</translation>
    </message>
    <message>
        <source>Expected a PEM private key or the base64 of a 32-byte Ed25519 seed.</source>
        <translation>المتوقع مفتاح خاص PEM أو بذرة Ed25519 بطول 32 بايت بترميز base64.</translation>
    </message>
    <message>
        <source>The public key PEM cannot be read.</source>
        <translation>تعذرت قراءة المفتاح العام PEM.</translation>
    </message>
    <message>
        <source>Expected a PEM public key or the base64 of a 32-byte Ed25519 key.</source>
        <translation>المتوقع مفتاح عام PEM أو مفتاح Ed25519 بطول 32 بايت بترميز base64.</translation>
    </message>
    <message>
        <source>Signing needs a private key.</source>
        <translation>يحتاج التوقيع إلى مفتاح خاص.</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the configuration.</source>
        <translation>تعذر على OpenSSL توقيع الإعداد.</translation>
    </message>
    <message>
        <source>The signed configuration is not a JSON object (%1).</source>
        <translation>الإعداد الموقّع ليس كائن JSON (%1).</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>نوع خاطئ</translation>
    </message>
    <message>
        <source>Unknown member &quot;%1&quot; in the signed configuration.</source>
        <translation>عنصر غير معروف &quot;%1&quot; في الإعداد الموقّع.</translation>
    </message>
    <message>
        <source>The configuration is not signed.</source>
        <translation>الإعداد غير موقّع.</translation>
    </message>
    <message>
        <source>The configuration was signed with key %1, but this kiosk trusts key %2.</source>
        <translation>وُقّع الإعداد بالمفتاح %1، لكن هذا الكشك يثق بالمفتاح %2.</translation>
    </message>
    <message>
        <source>The configuration signature does not verify: it was changed after signing or signed with another key.</source>
        <translation>لا يمكن التحقق من توقيع الإعداد: غُيّر بعد التوقيع أو وُقّع بمفتاح آخر.</translation>
    </message>
    <message>
        <source>The signed envelope has no &quot;%1&quot; object.</source>
        <translation>لا يحتوي الغلاف الموقّع على الكائن &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ck::ConfigStore</name>
    <message>
        <source>The signed configuration has version %1, not newer than the running %2.</source>
        <translation>إصدار الإعداد الموقّع هو %1، وليس أحدث من الإصدار العامل %2.</translation>
    </message>
    <message>
        <source>The last start with this configuration did not complete.</source>
        <translation>لم يكتمل آخر تشغيل بهذا الإعداد.</translation>
    </message>
    <message>
        <source>The pending marker cannot be written.</source>
        <translation>تعذرت كتابة علامة الانتظار.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>تعذّر إنشاء %1.</translation>
    </message>
    <message>
        <source>Configuration version %1 was installed; it takes effect at the next start.</source>
        <translation>ثُبّت الإعداد بالإصدار %1؛ وسيسري عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>Cannot clear the pending marker.</source>
        <translation>تعذر مسح علامة الانتظار.</translation>
    </message>
    <message>
        <source>Went back to the previous configuration: %1</source>
        <translation>تمت العودة إلى الإعداد السابق: %1</translation>
    </message>
    <message>
        <source>Went back to the local configuration: %1</source>
        <translation>تمت العودة إلى الإعداد المحلي: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذر كتابة %1: %2</translation>
    </message>
    <message>
        <source>Configuration version %1 is not installed: version %2 failed to start on this kiosk and was rolled back, so only a version higher than %2 is tried.</source>
        <translation>لم يُثبَّت الإصدار %1 من الإعداد: فشل الإصدار %2 في البدء على هذا الكشك وأُعيد عنه، لذلك لا يُجرَّب إلا إصدار أعلى من %2.</translation>
    </message>
</context>
<context>
    <name>ck::ConfigUpdater</name>
    <message>
        <source>Could not fetch the configuration (HTTP %1): %2</source>
        <translation>تعذر جلب الإعداد (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The configuration download is too large.</source>
        <translation>الإعداد الذي نُزّل كبير جدًا.</translation>
    </message>
    <message>
        <source>Version %1 is older than the installed version %2.</source>
        <translation>الإصدار %1 أقدم من الإصدار المثبّت %2.</translation>
    </message>
</context>
<context>
    <name>ck::DeliveryLock</name>
    <message>
        <source>The delivery lock %1 cannot be opened: %2</source>
        <translation>تعذر فتح قفل الإرسال %1: %2</translation>
    </message>
    <message>
        <source>The delivery lock %1 cannot be taken: %2</source>
        <translation>تعذر الحصول على قفل الإرسال %1: %2</translation>
    </message>
</context>
<context>
    <name>ck::DestinationAdapter</name>
    <message>
        <source>Destination &quot;%1&quot; has no valid http(s) address.</source>
        <translation>ليس للوجهة &quot;%1&quot; عنوان http(s) صالح.</translation>
    </message>
    <message>
        <source>Destination &quot;%1&quot;: the pinned CA certificate cannot be read.</source>
        <translation>الوجهة &quot;%1&quot;: تعذرت قراءة شهادة CA المثبّتة.</translation>
    </message>
    <message>
        <source>Destination &quot;%1&quot; has an unknown type &quot;%2&quot; (open311 or json).</source>
        <translation>للوجهة &quot;%1&quot; نوع غير معروف &quot;%2&quot; (open311 أو json).</translation>
    </message>
    <message>
        <source>TLS: the certificate of &quot;%1&quot; is not trusted (%2). Check the destination&apos;s CA pin and the server certificate&apos;s dates.</source>
        <translation>TLS: شهادة &quot;%1&quot; غير موثوقة (%2). تحقق من تثبيت CA للوجهة ومن تواريخ شهادة الخادم.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not answer in time.</source>
        <translation>لم يُجب &quot;%1&quot; في الوقت المحدد.</translation>
    </message>
    <message>
        <source>Network: %1 (%2).</source>
        <translation>الشبكة: %1 (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered HTTP %2; will retry.</source>
        <translation>أجاب &quot;%1&quot; بالرمز HTTP %2؛ ستُعاد المحاولة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; refused the request (HTTP %2).</source>
        <translation>رفض &quot;%1&quot; الطلب (HTTP %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; refused the request (HTTP %2, server code %3).</source>
        <translation>رفض &quot;%1&quot; الطلب (HTTP %2، رمز الخادم %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; sent a larger answer than the kiosk accepts; will retry.</source>
        <translation>أرسل &quot;%1&quot; ردًا أكبر مما يقبله الكشك؛ ستُعاد المحاولة.</translation>
    </message>
</context>
<context>
    <name>ck::DiscoveredServices</name>
    <message>
        <source>The overlay cannot be read: %1</source>
        <translation>تتعذر قراءة الطبقة الإضافية: %1</translation>
    </message>
    <message>
        <source>Its questions (services/%1.json) have not been pulled yet.</source>
        <translation>لم يتم جلب أسئلتها (services/%1.json) بعد.</translation>
    </message>
</context>
<context>
    <name>ck::DiscoveryCache</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>يتعذر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذر كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>ck::DocumentFetcher</name>
    <message>
        <source>&quot;%1&quot; sent more than %2 kB for %3.</source>
        <translation>أرسل &quot;%1&quot; أكثر من %2 كيلوبايت لـ %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not send %2 in time.</source>
        <translation>لم يرسل &quot;%1&quot; %2 في الوقت المحدد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; broke off %2: %3.</source>
        <translation>قطع &quot;%1&quot; %2: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered HTTP %2 for %3.</source>
        <translation>أجاب &quot;%1&quot; بـ HTTP %2 لـ %3.</translation>
    </message>
</context>
<context>
    <name>ck::FieldValidator</name>
    <message>
        <source>Enter your answer</source>
        <translation>أدخل إجابتك</translation>
    </message>
</context>
<context>
    <name>ck::FleetCommand</name>
    <message>
        <source>Unknown member &quot;%1&quot; in the command.</source>
        <translation>عنصر غير معروف &quot;%1&quot; في الأمر.</translation>
    </message>
    <message>
        <source>Unsupported command schema.</source>
        <translation>مخطط الأمر غير مدعوم.</translation>
    </message>
    <message>
        <source>expiresAt is not an ISO 8601 time.</source>
        <translation>قيمة expiresAt ليست وقتًا بتنسيق ISO 8601.</translation>
    </message>
    <message>
        <source>The command names no kiosk.</source>
        <translation>لا يحدد الأمر أي كشك.</translation>
    </message>
    <message>
        <source>The sequence must be a whole number from 1 to 2^53.</source>
        <translation>يجب أن يكون الرقم التسلسلي عددًا صحيحًا من 1 إلى 2^53.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>إجراء غير معروف &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>issuedAt is not an ISO 8601 time.</source>
        <translation>قيمة issuedAt ليست وقتًا بتنسيق ISO 8601.</translation>
    </message>
</context>
<context>
    <name>ck::FleetCommandChannel</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>تعذّر إنشاء %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>This kiosk has no fleet public key: commands are never run.</source>
        <translation>لا يملك هذا الكشك مفتاحًا عامًا للأسطول: لا تُنفَّذ الأوامر أبدًا.</translation>
    </message>
    <message>
        <source>The command is for kiosk %1, this is %2.</source>
        <translation>الأمر موجّه إلى الكشك %1، وهذا هو %2.</translation>
    </message>
    <message>
        <source>Command %1 is not newer than the last one accepted (%2).</source>
        <translation>الأمر %1 ليس أحدث من آخر أمر مقبول (%2).</translation>
    </message>
    <message>
        <source>Command %1 expired at %2.</source>
        <translation>انتهت صلاحية الأمر %1 في %2.</translation>
    </message>
</context>
<context>
    <name>ck::FlowController</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>السؤال %1 من %2</translation>
    </message>
    <message>
        <source>Your form could not be saved. Ask a member of staff.</source>
        <translation>تعذر حفظ نموذجك. اطلب المساعدة من فريق العمل.</translation>
    </message>
</context>
<context>
    <name>ck::FlowParser</name>
    <message>
        <source>Unknown key &quot;%1&quot;. Check the spelling against docs/flows.md.</source>
        <translation>مفتاح غير معروف &quot;%1&quot;. تحقق من التهجئة في docs/flows.md.</translation>
    </message>
    <message>
        <source>This text is required.</source>
        <translation>هذا النص مطلوب.</translation>
    </message>
    <message>
        <source>Expected an object of translations, like {&quot;en&quot;: &quot;...&quot;}.</source>
        <translation>المتوقع كائن ترجمات، مثل {&quot;en&quot;: &quot;...&quot;}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code like &quot;en&quot; or &quot;cy&quot;.</source>
        <translation>&quot;%1&quot; ليس رمز لغة مثل &quot;en&quot; أو &quot;cy&quot;.</translation>
    </message>
    <message>
        <source>Expected a text that is not empty.</source>
        <translation>يُتوقع نص غير فارغ.</translation>
    </message>
    <message>
        <source>There is no English (&quot;en&quot;) text. Every text needs one: it is shown when a translation is missing.</source>
        <translation>لا يوجد نص إنجليزي (&quot;en&quot;). يحتاج كل نص إلى واحد: يُعرض عند غياب الترجمة.</translation>
    </message>
    <message>
        <source>An id is required.</source>
        <translation>المعرّف مطلوب.</translation>
    </message>
    <message>
        <source>An id uses only lower-case letters, digits and dashes (at most 64).</source>
        <translation>يستخدم المعرّف الحروف الصغيرة والأرقام والشرطات فقط (64 كحد أقصى).</translation>
    </message>
    <message>
        <source>Expected a whole number from 0 to 100000.</source>
        <translation>المتوقع عدد صحيح من 0 إلى 100000.</translation>
    </message>
    <message>
        <source>A choice needs a list of at least one option.</source>
        <translation>يحتاج الاختيار إلى قائمة من خيار واحد على الأقل.</translation>
    </message>
    <message>
        <source>Expected an option object {&quot;value&quot;, &quot;label&quot;}.</source>
        <translation>المتوقع كائن خيار {&quot;value&quot;, &quot;label&quot;}.</translation>
    </message>
    <message>
        <source>An option needs a short &quot;value&quot; text.</source>
        <translation>يحتاج الخيار إلى نص &quot;value&quot; قصير.</translation>
    </message>
    <message>
        <source>The option value &quot;%1&quot; is used twice.</source>
        <translation>قيمة الخيار &quot;%1&quot; مستخدمة مرتين.</translation>
    </message>
    <message>
        <source>Every page needs a &quot;field&quot; object.</source>
        <translation>تحتاج كل صفحة إلى كائن &quot;field&quot;.</translation>
    </message>
    <message>
        <source>Unknown field type. Use one of: text, longtext, number, date, choice, multichoice, yesno, email, phone, postcode, postcode-address.</source>
        <translation>نوع حقل غير معروف. استخدم واحدًا من: text, longtext, number, date, choice, multichoice, yesno, email, phone, postcode, postcode-address.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>يُتوقع true أو false.</translation>
    </message>
    <message>
        <source>Only text and longtext fields have a length.</source>
        <translation>حقول text وlongtext وحدها لها طول.</translation>
    </message>
    <message>
        <source>maxLength must be at least 1.</source>
        <translation>يجب ألا تقل قيمة maxLength عن 1.</translation>
    </message>
    <message>
        <source>minLength is larger than maxLength.</source>
        <translation>قيمة minLength أكبر من maxLength.</translation>
    </message>
    <message>
        <source>Only number fields have a minimum or maximum.</source>
        <translation>حقول الأرقام وحدها لها حد أدنى أو أقصى.</translation>
    </message>
    <message>
        <source>Expected a number.</source>
        <translation>المتوقع رقم.</translation>
    </message>
    <message>
        <source>min is larger than max.</source>
        <translation>قيمة min أكبر من max.</translation>
    </message>
    <message>
        <source>wholeNumber is true or false, on number fields only.</source>
        <translation>قيمة wholeNumber هي true أو false، في حقول الأرقام فقط.</translation>
    </message>
    <message>
        <source>Only date fields have a dateRange.</source>
        <translation>حقول التاريخ وحدها لها dateRange.</translation>
    </message>
    <message>
        <source>dateRange is &quot;any&quot;, &quot;past&quot; or &quot;future&quot;.</source>
        <translation>قيمة dateRange هي &quot;any&quot; أو &quot;past&quot; أو &quot;future&quot;.</translation>
    </message>
    <message>
        <source>Only choice and multichoice fields have options.</source>
        <translation>حقول choice وmultichoice وحدها لها خيارات.</translation>
    </message>
    <message>
        <source>Expected {&quot;page&quot;: ..., &quot;equals&quot;: ...} or {&quot;page&quot;: ..., &quot;in&quot;: [...]}.</source>
        <translation>يُتوقع {&quot;page&quot;: ..., &quot;equals&quot;: ...} أو {&quot;page&quot;: ..., &quot;in&quot;: [...]}.</translation>
    </message>
    <message>
        <source>showIf needs the id of the page it depends on.</source>
        <translation>يحتاج showIf إلى معرّف الصفحة التي يعتمد عليها.</translation>
    </message>
    <message>
        <source>showIf needs exactly one of &quot;equals&quot; or &quot;in&quot;.</source>
        <translation>يحتاج showIf إلى واحد بالضبط من &quot;equals&quot; أو &quot;in&quot;.</translation>
    </message>
    <message>
        <source>&quot;in&quot; needs a list of at least one value.</source>
        <translation>يحتاج &quot;in&quot; إلى قائمة من قيمة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>showIf compares with texts, numbers or true/false.</source>
        <translation>يقارن showIf بالنصوص أو الأرقام أو true/false.</translation>
    </message>
    <message>
        <source>Expected a page object.</source>
        <translation>المتوقع كائن صفحة.</translation>
    </message>
    <message>
        <source>Unknown Open311 key. Use one of: %1.</source>
        <translation>مفتاح Open311 غير معروف. استخدم واحدًا من: %1.</translation>
    </message>
    <message>
        <source>showIf refers to a page &quot;%1&quot; that does not exist.</source>
        <translation>يشير showIf إلى صفحة &quot;%1&quot; غير موجودة.</translation>
    </message>
    <message>
        <source>showIf goes round in a circle (%1): these pages can never be shown.</source>
        <translation>يدور showIf في حلقة (%1): لا يمكن عرض هذه الصفحات أبدًا.</translation>
    </message>
    <message>
        <source>showIf must depend on an earlier page, but &quot;%1&quot; comes later.</source>
        <translation>يجب أن يعتمد showIf على صفحة سابقة، لكن &quot;%1&quot; تأتي لاحقًا.</translation>
    </message>
    <message>
        <source>This page can never be shown: the page &quot;%1&quot; cannot have that answer.</source>
        <translation>لا يمكن عرض هذه الصفحة أبدًا: لا يمكن أن تكون للصفحة &quot;%1&quot; تلك الإجابة.</translation>
    </message>
    <message>
        <source>This is not valid JSON (at character %1: %2).</source>
        <translation>هذا ليس JSON صالحاً (عند الحرف %1: %2).</translation>
    </message>
    <message>
        <source>Expected a JSON object at the top.</source>
        <translation>المتوقع كائن JSON في المستوى الأعلى.</translation>
    </message>
    <message>
        <source>This kiosk reads flow files with &quot;schema&quot;: %1.</source>
        <translation>يقرأ هذا الكشك ملفات التدفق ذات &quot;schema&quot;: %1.</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of at least 1.</source>
        <translation>يجب أن يكون &quot;version&quot; عددًا صحيحًا لا يقل عن 1.</translation>
    </message>
    <message>
        <source>A &quot;destination&quot; object with a &quot;name&quot; is required.</source>
        <translation>كائن &quot;destination&quot; يتضمن &quot;name&quot; مطلوب.</translation>
    </message>
    <message>
        <source>The destination name is a configured destination, like &quot;council&quot;.</source>
        <translation>اسم الوجهة هو وجهة مضبوطة، مثل &quot;council&quot;.</translation>
    </message>
    <message>
        <source>A flow needs a list of at least one page.</source>
        <translation>يحتاج التدفق إلى قائمة من صفحة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>The page id &quot;%1&quot; is used twice.</source>
        <translation>معرّف الصفحة &quot;%1&quot; مستخدم مرتين.</translation>
    </message>
    <message>
        <source>&quot;kind&quot; is &quot;form&quot; (questions, the default) or &quot;web&quot; (an online service).</source>
        <translation>قيمة &quot;kind&quot; هي &quot;form&quot; (أسئلة، الافتراضي) أو &quot;web&quot; (خدمة عبر الإنترنت).</translation>
    </message>
    <message>
        <source>A web service needs a &quot;url&quot; starting with https://.</source>
        <translation>تحتاج خدمة الويب إلى &quot;url&quot; يبدأ بـ https://.</translation>
    </message>
    <message>
        <source>Flow texts are shown as they are written: write the number or word itself instead of %1 or %n.</source>
        <translation>تُعرض نصوص التدفق كما كُتبت: اكتب الرقم أو الكلمة نفسها بدلًا من ⁦%1⁩ أو ⁦%n⁩.</translation>
    </message>
    <message>
        <source>Expected an object of error messages, like {&quot;required&quot;: {&quot;en&quot;: &quot;Select which bin was missed&quot;}}.</source>
        <translation>المتوقع كائن رسائل خطأ، مثل ⁦{&quot;required&quot;: {&quot;en&quot;: &quot;Select which bin was missed&quot;}}⁩.</translation>
    </message>
    <message>
        <source>This field never gives the error &quot;%1&quot;. It can give: %2.</source>
        <translation>هذا الحقل لا يعطي الخطأ &quot;⁦%1⁩&quot; أبدًا. يمكنه إعطاء: ⁦%2⁩.</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; asks for an answer that can be personal (%2), so the flow needs a &quot;privacy&quot; block: who receives the answers (&quot;controller&quot;), why (&quot;purpose&quot;), how long they are kept (&quot;retention&quot;) and whether anything is published (&quot;published&quot;). See docs/flows.md.</source>
        <translation>الصفحة &quot;⁨%1⁩&quot; تطلب إجابة قد تكون شخصية (⁨%2⁩)، لذلك يحتاج التدفق إلى قسم &quot;privacy&quot; لإشعار الخصوصية: من يتلقى الإجابات (&quot;controller&quot;)، ولماذا (&quot;purpose&quot;)، ومدة الاحتفاظ بها (&quot;retention&quot;)، وهل يُنشر أي شيء (&quot;published&quot;). راجع docs/flows.md.</translation>
    </message>
    <message>
        <source>Expected an object with &quot;controller&quot;, &quot;purpose&quot;, &quot;retention&quot; and &quot;published&quot;, each a translated text.</source>
        <translation>المتوقع كائن يحتوي على &quot;controller&quot; و&quot;purpose&quot; و&quot;retention&quot; و&quot;published&quot;، وكل منها نص مترجم.</translation>
    </message>
</context>
<context>
    <name>ck::FlowSession</name>
    <message>
        <source>This question is not part of the service.</source>
        <translation>هذا السؤال ليس جزءًا من الخدمة.</translation>
    </message>
    <message>
        <source>This question does not apply to your answers.</source>
        <translation>هذا السؤال لا ينطبق على إجاباتك.</translation>
    </message>
</context>
<context>
    <name>ck::JsonApiAdapter</name>
    <message>
        <source>The saved submission is not a JSON document; it cannot be sent.</source>
        <translation>الطلب المحفوظ ليس مستند JSON؛ لا يمكن إرساله.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered %2 without the API&apos;s JSON (%3).</source>
        <translation>أجاب &quot;%1&quot; بـ %2 دون JSON الخاص بالواجهة (%3).</translation>
    </message>
    <message>
        <source>no serverReference</source>
        <translation>لا يوجد serverReference</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already holds different content under this submission&apos;s idempotency key (409).</source>
        <translation>يحتفظ &quot;%1&quot; بالفعل بمحتوى مختلف تحت مفتاح عدم التكرار لهذا الطلب (409).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered unexpected HTTP %2.</source>
        <translation>أجاب &quot;%1&quot; برمز HTTP %2 غير متوقع.</translation>
    </message>
    <message>
        <source>The JSON API has no endpoint for items of kind &quot;%1&quot;.</source>
        <translation>ليس لواجهة JSON نقطة نهاية لعناصر من النوع &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ck::KeyStore</name>
    <message>
        <source>The credential %1 is missing from $CREDENTIALS_DIRECTORY.</source>
        <translation>بيانات الاعتماد %1 مفقودة من $CREDENTIALS_DIRECTORY.</translation>
    </message>
    <message>
        <source>The kiosk key must hold 32 bytes.</source>
        <translation>يجب أن يحتوي مفتاح الكشك على 32 بايت.</translation>
    </message>
</context>
<context>
    <name>ck::KioskConfig</name>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: JSON غير صالح عند الموضع %2: %3</translation>
    </message>
    <message>
        <source>%1: the configuration must be a JSON object</source>
        <translation>%1: يجب أن يكون الإعداد كائن JSON</translation>
    </message>
    <message>
        <source>use 1 to 64 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>استخدم من 1 إلى 64 من الحروف أو الأرقام أو &apos;.&apos; أو &apos;-&apos; أو &apos;_&apos;</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>يجب أن يكون مسارًا مطلقًا</translation>
    </message>
    <message>
        <source>at least one language is needed</source>
        <translation>يلزم وجود لغة واحدة على الأقل</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>&quot;%1&quot; ليس رمز لغة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the configured languages</source>
        <translation>&quot;%1&quot; ليست من اللغات المضبوطة</translation>
    </message>
    <message>
        <source>must be shorter than idleTimeoutSec</source>
        <translation>يجب أن يكون أقصر من idleTimeoutSec</translation>
    </message>
    <message>
        <source>%1: cannot read the configuration: %2</source>
        <translation>%1: تعذرت قراءة الإعداد: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large for a configuration</source>
        <translation>%1: الملف أكبر من أن يكون إعدادًا</translation>
    </message>
</context>
<context>
    <name>ck::MetricsWriter</name>
    <message>
        <source>Invalid metric name, label or increment: %1</source>
        <translation>اسم مقياس أو وسم أو زيادة غير صالحة: %1</translation>
    </message>
    <message>
        <source>Cannot write the metrics file %1: %2</source>
        <translation>تعذرت كتابة ملف المقاييس %1: %2</translation>
    </message>
</context>
<context>
    <name>ck::Open311Adapter</name>
    <message>
        <source>The saved submission has no Open311 service code; it cannot be sent.</source>
        <translation>ليس للطلب المحفوظ رمز خدمة Open311؛ لا يمكن إرساله.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered with a web page instead of Open311 (captive portal?).</source>
        <translation>أجاب &quot;%1&quot; بصفحة ويب بدلًا من Open311 (بوابة تسجيل دخول؟).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered with malformed Open311 JSON (%2).</source>
        <translation>أجاب &quot;%1&quot; بـ JSON من Open311 مشوّه (%2).</translation>
    </message>
    <message>
        <source>not a request list</source>
        <translation>ليست قائمة طلبات</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered without a request id or token.</source>
        <translation>أجاب &quot;%1&quot; دون معرّف طلب أو رمز مميز.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered unexpected HTTP %2.</source>
        <translation>أجاب &quot;%1&quot; برمز HTTP %2 غير متوقع.</translation>
    </message>
    <message>
        <source>Open311 carries service requests only, not items of kind &quot;%1&quot;.</source>
        <translation>ينقل Open311 طلبات الخدمة فقط، وليس عناصر من النوع &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ck::Open311Document</name>
    <message>
        <source>The answer is not an Open311 document.</source>
        <translation>الرد ليس مستند Open311.</translation>
    </message>
</context>
<context>
    <name>ck::Open311Documents</name>
    <message>
        <source>services.json is not a list of services.</source>
        <translation>services.json ليس قائمة خدمات.</translation>
    </message>
    <message>
        <source>Service %1 in the list has no service_code.</source>
        <translation>الخدمة %1 في القائمة ليس لها service_code.</translation>
    </message>
    <message>
        <source>The service definition is not an object.</source>
        <translation>تعريف الخدمة ليس كائناً.</translation>
    </message>
    <message>
        <source>&quot;attributes&quot; is not a list.</source>
        <translation>&quot;attributes&quot; ليس قائمة.</translation>
    </message>
    <message>
        <source>Attribute %1 has no code.</source>
        <translation>الخاصية %1 ليس لها رمز.</translation>
    </message>
</context>
<context>
    <name>ck::Open311FlowBuilder</name>
    <message>
        <source>The council&apos;s system fills this in by itself (hidden_field), and it is required: a kiosk cannot know it.</source>
        <translation>يملأ نظام المجلس هذا بنفسه (hidden_field)، وهو مطلوب: لا يمكن للكشك معرفته.</translation>
    </message>
    <message>
        <source>The datatype &quot;%1&quot; is not one the kiosk can ask for.</source>
        <translation>نوع البيانات &quot;%1&quot; ليس مما يمكن للكشك السؤال عنه.</translation>
    </message>
    <message>
        <source>The question has no description; give it one in the overlay (pages.%1.question).</source>
        <translation>السؤال بلا وصف؛ أضف له وصفاً في الطبقة الإضافية (pages.%1.question).</translation>
    </message>
    <message>
        <source>A list question with no values to choose from.</source>
        <translation>سؤال قائمة بلا قيم للاختيار منها.</translation>
    </message>
    <message>
        <source>It is shown under conditions the kiosk cannot follow; give it a showIf in the overlay.</source>
        <translation>يُعرض وفق شروط لا يستطيع الكشك اتباعها؛ أضف له showIf في الطبقة الإضافية.</translation>
    </message>
    <message>
        <source>pages.%1: the council&apos;s definition has no attribute &quot;%1&quot;.</source>
        <translation>pages.%1: تعريف المجلس لا يحتوي على الخاصية &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The flow made from it is refused: %1: %2</source>
        <translation>رُفض النموذج المصنوع منه: %1: %2</translation>
    </message>
</context>
<context>
    <name>ck::Outbox</name>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>تعذر إنشاء مجلد البيانات %1.</translation>
    </message>
    <message>
        <source>The submission is incomplete and was not saved.</source>
        <translation>الطلب غير مكتمل ولم يُحفظ.</translation>
    </message>
    <message>
        <source>A submission with this reference is already saved.</source>
        <translation>هناك طلب محفوظ بالفعل بهذا المرجع.</translation>
    </message>
    <message>
        <source>No such outbox entry.</source>
        <translation>لا يوجد إدخال كهذا في صندوق الصادر.</translation>
    </message>
    <message>
        <source>The content of this entry was deleted after delivery.</source>
        <translation>حُذف محتوى هذا الإدخال بعد التسليم.</translation>
    </message>
    <message>
        <source>Outbox entry %1 is not being sent any more.</source>
        <translation>لم يعد الإدخال %1 في صندوق الصادر قيد الإرسال.</translation>
    </message>
    <message>
        <source>No submission with this reference on this kiosk.</source>
        <translation>لا يوجد طلب بهذا المرجع على هذا الكشك.</translation>
    </message>
    <message>
        <source>Only waiting or rejected entries can be retried (entry %1).</source>
        <translation>لا تمكن إعادة المحاولة إلا للإدخالات المنتظرة أو المرفوضة (الإدخال %1).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>تعذر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>The dead letter %1 could not be written: %2</source>
        <translation>تعذرت كتابة الرسالة المتعذرة التسليم %1: %2</translation>
    </message>
    <message>
        <source>The outbox database was damaged and has been moved to %1. A new, empty outbox was started; submissions in the damaged file were not sent. Contact support to recover them.</source>
        <translation>كانت قاعدة بيانات صندوق الصادر تالفة ونُقلت إلى %1. بدأ صندوق صادر جديد فارغ؛ ولم تُرسل الطلبات الموجودة في الملف التالف. اتصل بالدعم لاستعادتها.</translation>
    </message>
    <message>
        <source>Only waiting entries can be discarded (entry %1 is %2).</source>
        <translation>لا يمكن تجاهل إلا الإدخالات المنتظرة (الإدخال %1 حالته %2).</translation>
    </message>
    <message>
        <source>The reference counter could not be read.</source>
        <translation>تعذّرت قراءة عدّاد الأرقام المرجعية.</translation>
    </message>
    <message>
        <source>The outbox has schema version %1 and this program reads version %2: start the kiosk (or run a command that changes the outbox) once to bring it up to date.</source>
        <translation>إصدار مخطط صندوق الصادر هو %1 وهذا البرنامج يقرأ الإصدار %2: شغّل الكشك (أو أمرًا يغيّر صندوق الصادر) مرة واحدة لتحديثه.</translation>
    </message>
    <message>
        <source>The outbox is open for reading only.</source>
        <translation>صندوق الصادر مفتوح للقراءة فقط.</translation>
    </message>
    <message>
        <source>The kiosk key is not available.</source>
        <translation>مفتاح الكشك غير متاح.</translation>
    </message>
    <message>
        <source>Sealed under another kiosk key (%1); this kiosk has key %2. It stays queued: put key %1 back where the kiosk looks for its key and it will be delivered.</source>
        <translation>مختوم بمفتاح كشك آخر (%1)؛ لدى هذا الكشك المفتاح %2. يبقى في قائمة الانتظار: أعد المفتاح %1 إلى حيث يبحث الكشك عن مفتاحه وسيُرسَل.</translation>
    </message>
    <message>
        <source>Only the holder of the delivery lock may put interrupted deliveries back.</source>
        <translation>لا يحق إلا لحامل قفل الإرسال إعادة عمليات الإرسال المتوقفة إلى قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Outbox entry %1 no longer waits for its request id.</source>
        <translation>لم يعد الإدخال %1 في صندوق الصادر ينتظر رقم طلبه.</translation>
    </message>
    <message>
        <source>Your form could not be saved because the kiosk is nearly full. Ask a member of staff for help.</source>
        <translation>تعذر حفظ نموذجك لأن الكشك ممتلئ تقريبًا. اطلب المساعدة من فريق العمل.</translation>
    </message>
</context>
<context>
    <name>ck::OutboxSchema</name>
    <message>
        <source>The outbox database cannot use write-ahead logging.</source>
        <translation>لا تستطيع قاعدة بيانات صندوق الصادر استخدام سجل الكتابة المسبقة.</translation>
    </message>
    <message>
        <source>The outbox was written by a newer version (schema %1); this version understands up to %2.</source>
        <translation>كُتب صندوق الصادر بإصدار أحدث (المخطط %1)؛ هذا الإصدار يفهم حتى %2.</translation>
    </message>
</context>
<context>
    <name>ck::ReadAloud</name>
    <message>
        <source>The choices are:</source>
        <translation>الخيارات هي:</translation>
    </message>
    <message>
        <source>Your answer is:</source>
        <translation>إجابتك هي:</translation>
    </message>
    <message>
        <source>You have given an answer. Use headphones to hear it.</source>
        <translation>لقد قدمت إجابة. استخدم سماعات الرأس لسماعها.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>إدخال</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>تبديل الأحرف</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>يسار</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>يمين</translation>
    </message>
    <message>
        <source>Read aloud is not available on this kiosk.</source>
        <translation>القراءة بصوت عالٍ غير متاحة على هذا الكشك.</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language yet.</source>
        <translation>القراءة بصوت عالٍ غير متاحة بهذه اللغة بعد.</translation>
    </message>
    <message>
        <source>Read aloud is briefly unavailable. Try again in a moment.</source>
        <translation>القراءة بصوت عالٍ غير متاحة لفترة قصيرة. حاول مرة أخرى بعد قليل.</translation>
    </message>
</context>
<context>
    <name>ck::RemoteView</name>
    <message>
        <source>Remote view of kiosk %1 at %2: grey boxes are hidden for privacy.</source>
        <translation>عرض عن بُعد للكشك ⁦%1⁩ في ⁦%2⁩: المربعات الرمادية مخفية حفاظًا على الخصوصية.</translation>
    </message>
</context>
<context>
    <name>ck::RemoteViewCapture</name>
    <message>
        <source>The kiosk window is not on screen.</source>
        <translation>نافذة الكشك ليست معروضة على الشاشة.</translation>
    </message>
    <message>
        <source>The kiosk window could not be rendered.</source>
        <translation>تعذّر رسم نافذة الكشك.</translation>
    </message>
</context>
<context>
    <name>ck::ServiceCatalogue</name>
    <message>
        <source>The services folder does not exist.</source>
        <translation>مجلد الخدمات غير موجود.</translation>
    </message>
    <message>
        <source>The file is larger than 1 MB.</source>
        <translation>الملف أكبر من 1 ميغابايت.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>تعذرت قراءة الملف: %1</translation>
    </message>
    <message>
        <source>The service id &quot;%1&quot; is already used by %2.</source>
        <translation>معرّف الخدمة &quot;%1&quot; مستخدم بالفعل في %2.</translation>
    </message>
    <message>
        <source>The address is not on this kiosk&apos;s web allow-list (%1).</source>
        <translation>هذا العنوان ليس في قائمة المواقع المسموح بها في هذا الكشك (%1).</translation>
    </message>
</context>
<context>
    <name>ck::ServiceDiscovery</name>
    <message>
        <source>services.json was refused: %1</source>
        <translation>رُفض services.json: %1</translation>
    </message>
    <message>
        <source>%1 The last definition pulled is kept.</source>
        <translation>%1 يُحتفظ بآخر تعريف تم جلبه.</translation>
    </message>
    <message>
        <source>%1 The last good definition is offered until it is fixed.</source>
        <translation>%1 يُعرض آخر تعريف سليم حتى يتم إصلاحه.</translation>
    </message>
</context>
<context>
    <name>ck::ServiceOverlay</name>
    <message>
        <source>This is not a JSON object (%1).</source>
        <translation>هذا ليس كائن JSON (%1).</translation>
    </message>
    <message>
        <source>An overlay has &quot;schema&quot;: 1.</source>
        <translation>للطبقة الإضافية &quot;schema&quot;: 1.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>يُتوقع true أو false.</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>يُتوقع كائن.</translation>
    </message>
    <message>
        <source>Expected {&quot;page&quot;: ..., &quot;equals&quot;: ...} or {&quot;page&quot;: ..., &quot;in&quot;: [...]}.</source>
        <translation>يُتوقع {&quot;page&quot;: ..., &quot;equals&quot;: ...} أو {&quot;page&quot;: ..., &quot;in&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Expected an object with &quot;controller&quot;, &quot;purpose&quot;, &quot;retention&quot; and &quot;published&quot;, each a translated text.</source>
        <translation>المتوقع كائن يحتوي على &quot;controller&quot; و&quot;purpose&quot; و&quot;retention&quot; و&quot;published&quot;، وكل منها نص مترجم.</translation>
    </message>
</context>
<context>
    <name>ck::SyncEngine</name>
    <message>
        <source>Delivery interrupted.</source>
        <translation>انقطع التسليم.</translation>
    </message>
    <message>
        <source>No usable destination &quot;%1&quot; is configured.</source>
        <translation>لم تُضبط وجهة صالحة للاستخدام &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) were saved under another kiosk key and wait for it (civic-kioskctl status shows which key).</source>
        <translation>
            <numerusform>لا توجد نماذج محفوظة بمفتاح كشك آخر (يعرض civic-kioskctl status أي مفتاح هو).</numerusform>
            <numerusform>نموذج واحد محفوظ بمفتاح كشك آخر وينتظره (يعرض civic-kioskctl status أي مفتاح هو).</numerusform>
            <numerusform>نموذجان محفوظان بمفتاح كشك آخر وينتظرانه (يعرض civic-kioskctl status أي مفتاح هو).</numerusform>
            <numerusform>%n نماذج محفوظة بمفتاح كشك آخر وتنتظره (يعرض civic-kioskctl status أي مفتاح هو).</numerusform>
            <numerusform>%n نموذجًا محفوظًا بمفتاح كشك آخر وينتظره (يعرض civic-kioskctl status أي مفتاح هو).</numerusform>
            <numerusform>%n نموذج محفوظ بمفتاح كشك آخر وينتظره (يعرض civic-kioskctl status أي مفتاح هو).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ck::SystemdNotifier</name>
    <message>
        <source>NOTIFY_SOCKET is not a usable socket address.</source>
        <translation>NOTIFY_SOCKET ليس عنوان مقبس صالحًا للاستخدام.</translation>
    </message>
    <message>
        <source>Cannot create a notification socket: %1</source>
        <translation>تعذر إنشاء مقبس إشعار: %1</translation>
    </message>
    <message>
        <source>Cannot notify systemd: %1</source>
        <translation>تعذر إشعار systemd: %1</translation>
    </message>
</context>
<context>
    <name>ck::sqlite::Database</name>
    <message>
        <source>The outbox database is damaged (%1).</source>
        <translation>قاعدة بيانات صندوق الصادر تالفة (%1).</translation>
    </message>
    <message>
        <source>The outbox database is busy (%1).</source>
        <translation>قاعدة بيانات صندوق الصادر مشغولة (%1).</translation>
    </message>
    <message>
        <source>The outbox database cannot be written (%1).</source>
        <translation>تتعذر الكتابة في قاعدة بيانات صندوق الصادر (%1).</translation>
    </message>
    <message>
        <source>The outbox database could not be read or written (%1).</source>
        <translation>تعذرت القراءة من قاعدة بيانات صندوق الصادر أو الكتابة فيها (%1).</translation>
    </message>
    <message>
        <source>The outbox refused inconsistent data (%1).</source>
        <translation>رفض صندوق الصادر بيانات غير متسقة (%1).</translation>
    </message>
    <message>
        <source>Outbox database error %1 (%2).</source>
        <translation>خطأ في قاعدة بيانات صندوق الصادر %1 (%2).</translation>
    </message>
    <message>
        <source>The kiosk is full and could not save your form. Ask a member of staff.</source>
        <translation>الكشك ممتلئ ولم يتمكن من حفظ نموذجك. اطلب المساعدة من فريق العمل.</translation>
    </message>
</context>
<context>
    <name>ck::sqlite::Transaction</name>
    <message>
        <source>The transaction is already finished.</source>
        <translation>المعاملة منتهية بالفعل.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--after-ms needs a number of milliseconds.</source>
        <translation>يحتاج --after-ms إلى عدد من الميلي ثانية.</translation>
    </message>
    <message>
        <source>--exit-after-ms needs a number of milliseconds.</source>
        <translation>يحتاج --exit-after-ms إلى عدد من الميلي ثانية.</translation>
    </message>
    <message>
        <source>Could not grab the window.</source>
        <translation>تعذر التقاط النافذة.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>تعذر حفظ %1.</translation>
    </message>
</context>
</TS>
