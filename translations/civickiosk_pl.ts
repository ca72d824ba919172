<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AdminScreen</name>
    <message>
        <source>Kiosk administration</source>
        <translation>Administracja kiosku</translation>
    </message>
    <message>
        <source>Submissions in the outbox</source>
        <translation>Zgłoszenia w skrzynce nadawczej</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Ostatnie dostarczenie</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Ostatni błąd</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Try to send every waiting submission now</source>
        <translation>Spróbuj teraz wysłać wszystkie czekające zgłoszenia</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Zakończ sesję</translation>
    </message>
    <message>
        <source>Clear everything from the current session and go back to the welcome screen</source>
        <translation>Wyczyść wszystko z bieżącej sesji i wróć do ekranu powitalnego</translation>
    </message>
    <message>
        <source>Restart kiosk</source>
        <translation>Uruchom kiosk ponownie</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Zamknij kiosk</translation>
    </message>
    <message>
        <source>Close the kiosk program; the machine stays on</source>
        <translation>Zamknij program kiosku; urządzenie pozostaje włączone</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>leave the admin screen</comment>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Use of this kiosk today</source>
        <translation>Korzystanie z kiosku dzisiaj</translation>
    </message>
    <message>
        <source>Counts only. Nothing about any one person is kept or shown.</source>
        <translation>Tylko liczby. Nic o żadnej osobie nie jest przechowywane ani pokazywane.</translation>
    </message>
    <message>
        <source>Close the kiosk program; the system starts it again</source>
        <translation>Zamknij program kiosku; system uruchomi go ponownie</translation>
    </message>
    <message>
        <source>Back to the screen the kiosk was showing</source>
        <translation>Powrót do ekranu, który kiosk pokazywał</translation>
    </message>
</context>
<context>
    <name>AnswerFormatter</name>
    <message>
        <source>Not answered</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>CheckAnswersScreen</name>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Accept and send</source>
        <translation>Zaakceptuj i wyślij</translation>
    </message>
    <message>
        <source>Check your answers before sending</source>
        <translation>Sprawdź odpowiedzi przed wysłaniem</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <source>Change your answer to: %1</source>
        <translation>Zmień odpowiedź na pytanie: %1</translation>
    </message>
    <message>
        <source>Now send your answers</source>
        <translation>Teraz wyślij odpowiedzi</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <source>Clear all your answers and go back to the first screen</source>
        <translation>Wyczyść wszystkie odpowiedzi i wróć do pierwszego ekranu</translation>
    </message>
    <message>
        <source>Send your form to the council</source>
        <translation>Wyślij formularz do urzędu</translation>
    </message>
    <message>
        <source>By sending this form you confirm that your answers are correct, as far as you know.</source>
        <translation>Wysyłając ten formularz, potwierdzasz, że według twojej wiedzy odpowiedzi są prawdziwe.</translation>
    </message>
    <message>
        <source>Who receives your answers</source>
        <translation>Kto otrzymuje twoje odpowiedzi</translation>
    </message>
    <message>
        <source>Why we need them</source>
        <translation>Po co ich potrzebujemy</translation>
    </message>
    <message>
        <source>How long we keep them</source>
        <translation>Jak długo je przechowujemy</translation>
    </message>
    <message>
        <source>What is published</source>
        <translation>Co jest publikowane</translation>
    </message>
    <message>
        <source>How we use your answers</source>
        <translation>Jak wykorzystujemy twoje odpowiedzi</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Clear this screen for the next person</source>
        <translation>Wyczyść ekran dla następnej osoby</translation>
    </message>
    <message>
        <source>Your form has been sent. Your reference number is %1</source>
        <translation>Formularz został wysłany. Twój numer referencyjny to %1</translation>
    </message>
    <message>
        <source>Your form has been sent</source>
        <translation>Formularz został wysłany</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation>Twój numer referencyjny</translation>
    </message>
    <message>
        <source>Write this number down or take a photo of it. You can use it to check what is happening with your form.</source>
        <translation>Zapisz ten numer albo zrób mu zdjęcie. Dzięki niemu sprawdzisz, co dzieje się z twoim formularzem.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Co dalej</translation>
    </message>
    <message>
        <source>Tell us how this went</source>
        <translation>Powiedz nam, jak poszło</translation>
    </message>
    <message>
        <source>Five faces and an optional comment. Your name is not sent.</source>
        <translation>Pięć buziek i nieobowiązkowy komentarz. Twoje imię i nazwisko nie są wysyłane.</translation>
    </message>
    <message>
        <source>Your form is saved on this kiosk. The kiosk sends it to the council by itself. You do not need to wait.</source>
        <translation>Formularz jest zapisany w tym kiosku. Kiosk sam wyśle go do urzędu. Nie musisz czekać.</translation>
    </message>
    <message>
        <source>When you press Finish, your answers are cleared from this kiosk.</source>
        <translation>Gdy naciśniesz Zakończ, odpowiedzi zostaną usunięte z tego kiosku.</translation>
    </message>
    <message>
        <source>QR code of your reference number</source>
        <translation>Kod QR twojego numeru referencyjnego</translation>
    </message>
    <message>
        <source>Print my answers too</source>
        <translation>Wydrukuj też moje odpowiedzi</translation>
    </message>
    <message>
        <source>The page will then have your personal details on it. Take it with you.</source>
        <translation>Na stronie będą wtedy twoje dane osobowe. Zabierz ją ze sobą.</translation>
    </message>
    <message>
        <source>Print another receipt</source>
        <translation>Wydrukuj kolejne potwierdzenie</translation>
    </message>
    <message>
        <source>Print a receipt</source>
        <translation>Wydrukuj potwierdzenie</translation>
    </message>
    <message>
        <source>A page with your reference number, its QR code and what happens next</source>
        <translation>Strona z twoim numerem referencyjnym, jego kodem QR i informacją, co dalej</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Drukowanie potwierdzenia…</translation>
    </message>
    <message>
        <source>Your receipt has printed. Take it from the printer.</source>
        <translation>Potwierdzenie zostało wydrukowane. Odbierz je z drukarki.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Take a photo of the QR code or write down your reference number, or ask a member of staff.</source>
        <translation>W drukarce skończył się papier. Zrób zdjęcie kodu QR albo zapisz numer referencyjny lub poproś o pomoc pracownika.</translation>
    </message>
    <message>
        <source>The printer is not working at the moment. Take a photo of the QR code or write down your reference number, or ask a member of staff.</source>
        <translation>Drukarka teraz nie działa. Zrób zdjęcie kodu QR albo zapisz numer referencyjny lub poproś o pomoc pracownika.</translation>
    </message>
    <message>
        <source>Your receipt could not be printed. Take a photo of the QR code or write down your reference number, or ask a member of staff.</source>
        <translation>Nie udało się wydrukować potwierdzenia. Zrób zdjęcie kodu QR albo zapisz numer referencyjny lub poproś o pomoc pracownika.</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Help from staff</source>
        <translation>Pomoc pracownika</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>Nie, dziękuję</translation>
    </message>
    <message>
        <source>The helper can see your answers and type them for you if you ask</source>
        <translation>Pomocnik widzi twoje odpowiedzi i może je wpisać za ciebie, jeśli poprosisz</translation>
    </message>
    <message>
        <source>Would you like %1 to help you?</source>
        <translation>Czy chcesz, aby %1 ci pomógł(a)?</translation>
    </message>
    <message>
        <source>The council will be told that you had help. It will not be told who helped you.</source>
        <translation>Urząd dowie się, że ktoś ci pomagał. Nie dowie się, kto to był.</translation>
    </message>
    <message>
        <source>Yes, I would like help</source>
        <translation>Tak, chcę pomocy</translation>
    </message>
    <message>
        <source>%1 works for %2. If you say yes, they can see what you type. They can also type for you if you ask.</source>
        <translation>%1 pracuje w miejscu: %2. Jeśli się zgodzisz, ta osoba zobaczy, co piszesz. Może też pisać za ciebie, jeśli poprosisz.</translation>
    </message>
    <message>
        <source>%1 is a member of staff here. If you say yes, they can see what you type. They can also type for you if you ask.</source>
        <translation>%1 należy do pracowników tego miejsca. Jeśli się zgodzisz, ta osoba zobaczy, co piszesz. Może też pisać za ciebie, jeśli poprosisz.</translation>
    </message>
    <message>
        <source>Nothing is kept on this kiosk after you finish. You can say no and carry on by yourself.</source>
        <translation>Po zakończeniu nic nie zostaje w tym kiosku. Możesz odmówić i kontynuować samodzielnie.</translation>
    </message>
</context>
<context>
    <name>ContrastToggle</name>
    <message>
        <source>High contrast: on</source>
        <translation>Wysoki kontrast: włączony</translation>
    </message>
    <message>
        <source>High contrast: off</source>
        <translation>Wysoki kontrast: wyłączony</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <source>Yellow and white writing on black</source>
        <translation>Żółty i biały tekst na czarnym tle</translation>
    </message>
</context>
<context>
    <name>DisplayOptionsPage</name>
    <message>
        <source>Display and language</source>
        <translation>Wygląd i język</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Rozmiar tekstu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Back to the screen</source>
        <translation>Powrót do ekranu</translation>
    </message>
    <message>
        <source>Close the display and language options</source>
        <translation>Zamknij ustawienia wyglądu i języka</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation>Wystąpił problem</translation>
    </message>
</context>
<context>
    <name>EvidenceAggregator</name>
    <message>
        <source>The usage counts could not be saved.</source>
        <translation>Nie udało się zapisać liczników użycia.</translation>
    </message>
</context>
<context>
    <name>FaceRating</name>
    <message>
        <source>How was this?</source>
        <translation>Jak było?</translation>
    </message>
</context>
<context>
    <name>FeedbackHold</name>
    <message>
        <source>Feedback cannot be sent from this kiosk.</source>
        <translation>Z tego kiosku nie można wysłać opinii.</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <source>How was this?</source>
        <translation>Jak było?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Clear this screen for the next person</source>
        <translation>Wyczyść ekran dla następnej osoby</translation>
    </message>
    <message>
        <source>Send your answer to the council without your name</source>
        <translation>Wyślij odpowiedź do urzędu bez swojego imienia i nazwiska</translation>
    </message>
    <message>
        <source>Choose one face. You do not have to answer.</source>
        <translation>Wybierz jedną buźkę. Nie musisz odpowiadać.</translation>
    </message>
    <message>
        <source>Anything else you want to tell us? (optional)</source>
        <translation>Czy chcesz nam jeszcze coś powiedzieć? (nieobowiązkowe)</translation>
    </message>
    <message>
        <source>Thank you. Your answer helps the council make this better.</source>
        <translation>Dziękujemy. Twoja odpowiedź pomaga urzędowi to ulepszyć.</translation>
    </message>
    <message>
        <source>How was using this kiosk?</source>
        <translation>Jak ci się korzystało z tego kiosku?</translation>
    </message>
    <message>
        <source>Do not write your name, address or phone number.</source>
        <translation>Nie wpisuj imienia, nazwiska, adresu ani numeru telefonu.</translation>
    </message>
</context>
<context>
    <name>FeedbackSender</name>
    <message>
        <source>Very bad</source>
        <translation>Bardzo źle</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Źle</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>W porządku</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Dobrze</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Bardzo dobrze</translation>
    </message>
    <message>
        <source>Feedback cannot be sent from this kiosk.</source>
        <translation>Z tego kiosku nie można wysłać opinii.</translation>
    </message>
    <message>
        <source>Choose one of the faces.</source>
        <translation>Wybierz jedną z buziek.</translation>
    </message>
</context>
<context>
    <name>FieldDate</name>
    <message>
        <source>For example, 27 3 2026</source>
        <translation>Na przykład 27 3 2026</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
</context>
<context>
    <name>FieldLongText</name>
    <message numerus="yes">
        <source>You can enter up to %n character(s)</source>
        <translation>
            <numerusform>Możesz wpisać maksymalnie %n znak</numerusform>
            <numerusform>Możesz wpisać maksymalnie %n znaki</numerusform>
            <numerusform>Możesz wpisać maksymalnie %n znaków</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldMultiChoice</name>
    <message>
        <source>Select all that apply.</source>
        <translation>Zaznacz wszystkie pasujące odpowiedzi.</translation>
    </message>
</context>
<context>
    <name>FieldPostcodeAddress</name>
    <message>
        <source>Building and street</source>
        <translation>Budynek i ulica</translation>
    </message>
    <message>
        <source>Building and street, line 1 of 2</source>
        <translation>Budynek i ulica, wiersz 1 z 2</translation>
    </message>
    <message>
        <source>Building and street line 2 (optional)</source>
        <translation>Budynek i ulica, wiersz 2 (nieobowiązkowy)</translation>
    </message>
    <message>
        <source>Building and street, line 2 of 2</source>
        <translation>Budynek i ulica, wiersz 2 z 2</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
</context>
<context>
    <name>FieldYesNo</name>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>FlowSession</name>
    <message>
        <source>No service has been started.</source>
        <translation>Nie rozpoczęto żadnej usługi.</translation>
    </message>
</context>
<context>
    <name>Heartbeat</name>
    <message>
        <source>No json destination is configured for heartbeats.</source>
        <translation>Nie skonfigurowano miejsca docelowego json dla sygnałów życia.</translation>
    </message>
</context>
<context>
    <name>HelperBanner</name>
    <message>
        <source>You type</source>
        <translation>Ty piszesz</translation>
    </message>
    <message>
        <source>Let me type</source>
        <translation>Pozwól mi pisać</translation>
    </message>
    <message>
        <source>Give the keyboard back to the person you are helping</source>
        <translation>Oddaj klawiaturę osobie, której pomagasz</translation>
    </message>
    <message>
        <source>The helper types the answers for the person</source>
        <translation>Pomocnik wpisuje odpowiedzi za tę osobę</translation>
    </message>
    <message>
        <source>Carry on by yourself</source>
        <translation>Kontynuuj samodzielnie</translation>
    </message>
    <message>
        <source>The helper steps away. Your answers stay on the screen.</source>
        <translation>Pomocnik odchodzi. Twoje odpowiedzi zostają na ekranie.</translation>
    </message>
    <message>
        <source>Ends this session and clears every answer from the screen</source>
        <translation>Kończy tę sesję i usuwa wszystkie odpowiedzi z ekranu</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Wyloguj</translation>
    </message>
    <message>
        <source>Staff options</source>
        <translation>Opcje pracownika</translation>
    </message>
    <message>
        <source>Typing for the person, stepping away, signing out</source>
        <translation>Pisanie za tę osobę, odejście, wylogowanie</translation>
    </message>
    <message>
        <source>Back to the screen</source>
        <translation>Powrót do ekranu</translation>
    </message>
    <message>
        <source>Close the staff options</source>
        <translation>Zamknij opcje pracownika</translation>
    </message>
</context>
<context>
    <name>HelperLockout</name>
    <message>
        <source>The helper sign-in record could not be read.</source>
        <translation>Nie udało się odczytać rejestru logowań pomocników.</translation>
    </message>
    <message>
        <source>The helper sign-in record is damaged and was reset.</source>
        <translation>Rejestr logowań pomocników był uszkodzony i został wyzerowany.</translation>
    </message>
    <message>
        <source>The helper sign-in record could not be saved.</source>
        <translation>Nie udało się zapisać rejestru logowań pomocników.</translation>
    </message>
</context>
<context>
    <name>HelperSession</name>
    <message>
        <source>There is no helper waiting for an answer.</source>
        <translation>Żaden pomocnik nie czeka na odpowiedź.</translation>
    </message>
    <message>
        <source>The person using the kiosk must agree before a helper types for them.</source>
        <translation>Osoba korzystająca z kiosku musi się zgodzić, zanim pomocnik zacznie za nią pisać.</translation>
    </message>
    <message>
        <source>%1 is typing for you.</source>
        <translation>%1 pisze za ciebie.</translation>
    </message>
    <message>
        <source>%1 is helping you.</source>
        <translation>%1 ci pomaga.</translation>
    </message>
    <message>
        <source>You are carrying on by yourself.</source>
        <translation>Kontynuujesz samodzielnie.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n minute(s) and try again, or ask another member of staff.</source>
        <translation>
            <numerusform>Za dużo błędnych prób. Odczekaj %n minutę i spróbuj ponownie albo poproś o pomoc innego pracownika.</numerusform>
            <numerusform>Za dużo błędnych prób. Odczekaj %n minuty i spróbuj ponownie albo poproś o pomoc innego pracownika.</numerusform>
            <numerusform>Za dużo błędnych prób. Odczekaj %n minut i spróbuj ponownie albo poproś o pomoc innego pracownika.</numerusform>
        </translation>
    </message>
    <message>
        <source>A helper is already signed in. Sign out first.</source>
        <translation>Pomocnik jest już zalogowany. Najpierw się wyloguj.</translation>
    </message>
    <message>
        <source>That helper number and PIN do not match. Try again.</source>
        <translation>Numer pomocnika i PIN nie pasują do siebie. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>%1, a member of staff here, would like to help you.</source>
        <translation>%1 z zespołu pracowników tego miejsca proponuje ci pomoc.</translation>
    </message>
    <message>
        <source>%1 from %2 would like to help you.</source>
        <translation>%1 (%2) proponuje ci pomoc.</translation>
    </message>
</context>
<context>
    <name>HelperSignInScreen</name>
    <message>
        <source>Staff sign in</source>
        <translation>Logowanie pracownika</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <source>Sign in to help someone</source>
        <translation>Zaloguj się, aby komuś pomóc</translation>
    </message>
    <message>
        <source>Helper number</source>
        <translation>Numer pomocnika</translation>
    </message>
    <message>
        <source>For example, H001</source>
        <translation>Na przykład H001</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Your PIN is not shown or read aloud</source>
        <translation>Twój PIN nie jest wyświetlany ani czytany na głos</translation>
    </message>
    <message>
        <source>For staff only. Swipe your staff card, or type your helper number and PIN.</source>
        <translation>Tylko dla pracowników. Przesuń kartę pracownika albo wpisz numer pomocnika i PIN.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Czy nadal tu jesteś?</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Potrzebuję więcej czasu</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? Your answers will be cleared in %n second(s) to keep them private.</source>
        <translation>
            <numerusform>Czy nadal tu jesteś? Za %n sekundę twoje odpowiedzi zostaną usunięte, żeby nikt ich nie zobaczył.</numerusform>
            <numerusform>Czy nadal tu jesteś? Za %n sekundy twoje odpowiedzi zostaną usunięte, żeby nikt ich nie zobaczył.</numerusform>
            <numerusform>Czy nadal tu jesteś? Za %n sekund twoje odpowiedzi zostaną usunięte, żeby nikt ich nie zobaczył.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there? Your answers will be cleared soon. Touch the screen or choose ‘I need more time’.</source>
        <translation>Czy nadal tu jesteś? Wkrótce twoje odpowiedzi zostaną usunięte. Dotknij ekranu albo wybierz „Potrzebuję więcej czasu”.</translation>
    </message>
    <message numerus="yes">
        <source>Your answers will be cleared in %n second(s) to keep them private.</source>
        <translation>
            <numerusform>Za %n sekundę twoje odpowiedzi zostaną usunięte, żeby nikt ich nie zobaczył.</numerusform>
            <numerusform>Za %n sekundy twoje odpowiedzi zostaną usunięte, żeby nikt ich nie zobaczył.</numerusform>
            <numerusform>Za %n sekund twoje odpowiedzi zostaną usunięte, żeby nikt ich nie zobaczył.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskComposition</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Nie można utworzyć katalogu danych %1.</translation>
    </message>
    <message>
        <source>No service could be loaded from %1.</source>
        <translation>Nie udało się wczytać żadnej usługi z %1.</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>expected %1, found %2</source>
        <translation>oczekiwano %1, znaleziono %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>unknown key (allowed here: %1)</source>
        <translation>nieznany klucz (dozwolone tutaj: %1)</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>brak wymaganego klucza</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>nie może być puste</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 jest poza zakresem (od %2 do %3)</translation>
    </message>
    <message>
        <source>a URL is required</source>
        <translation>wymagany jest adres URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid absolute URL</source>
        <translation>&quot;%1&quot; nie jest poprawnym bezwzględnym adresem URL</translation>
    </message>
    <message>
        <source>plain http is only allowed to this machine (127.0.0.1); use https</source>
        <translation>zwykły http jest dozwolony tylko do tego komputera (127.0.0.1); użyj https</translation>
    </message>
    <message>
        <source>unsupported URL scheme &quot;%1&quot;</source>
        <translation>nieobsługiwany schemat URL &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a PIN hash is required</source>
        <translation>wymagany jest skrót PIN</translation>
    </message>
    <message>
        <source>not a usable PIN hash (%1) Make one with civic-kioskctl set-admin-pin.</source>
        <translation>to nie jest użyteczny skrót PIN (%1) Utwórz go poleceniem civic-kioskctl set-admin-pin.</translation>
    </message>
</context>
<context>
    <name>KioskScrollBar</name>
    <message>
        <source>Scroll the page</source>
        <translation>Przewiń stronę</translation>
    </message>
</context>
<context>
    <name>KioskTranslator</name>
    <message>
        <source>This language is not available.</source>
        <translation>Ten język nie jest dostępny.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Current language</source>
        <translation>Bieżący język</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Zmień język</translation>
    </message>
</context>
<context>
    <name>LockoutStore</name>
    <message>
        <source>The admin lock state could not be saved.</source>
        <translation>Nie udało się zapisać stanu blokady administratora.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Civic Kiosk</source>
        <translation>Kiosk obywatelski</translation>
    </message>
    <message>
        <source>Your settings card has been applied.</source>
        <translation>Ustawienia z karty zostały zastosowane.</translation>
    </message>
</context>
<context>
    <name>PerformanceCache</name>
    <message>
        <source>The service figures could not be read.</source>
        <translation>Nie udało się odczytać danych o usłudze.</translation>
    </message>
    <message>
        <source>The saved service figures could not be read.</source>
        <translation>Nie udało się odczytać zapisanych danych o usłudze.</translation>
    </message>
    <message>
        <source>The service figures could not be saved.</source>
        <translation>Nie udało się zapisać danych o usłudze.</translation>
    </message>
    <message>
        <source>About half of these are closed within a day.</source>
        <translation>Około połowa z nich jest zamykana w ciągu dnia.</translation>
    </message>
    <message>
        <source>Figures from %1.</source>
        <translation>Dane z: %1.</translation>
    </message>
    <message numerus="yes">
        <source>About half of these are closed within %n day(s).</source>
        <translation>
            <numerusform>Około połowy takich spraw zamyka się w ciągu %n dnia.</numerusform>
            <numerusform>Około połowy takich spraw zamyka się w ciągu %n dni.</numerusform>
            <numerusform>Około połowy takich spraw zamyka się w ciągu %n dni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>Wpisano %n cyfrę</numerusform>
            <numerusform>Wpisano %n cyfry</numerusform>
            <numerusform>Wpisano %n cyfr</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>remove the last PIN digit</comment>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>confirm the PIN</comment>
        <translation>Zatwierdź</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <source>Staff only: enter the admin PIN</source>
        <translation>Tylko dla pracowników: wpisz PIN administratora</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Za dużo błędnych PIN-ów. Spróbuj ponownie za %n sekundę.</numerusform>
            <numerusform>Za dużo błędnych PIN-ów. Spróbuj ponownie za %n sekundy.</numerusform>
            <numerusform>Za dużo błędnych PIN-ów. Spróbuj ponownie za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>This question is optional. You can leave it empty.</source>
        <translation>To pytanie jest nieobowiązkowe. Możesz zostawić je puste.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Błąd: %1</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <source>Clear all your answers and go back to the first screen</source>
        <translation>Wyczyść wszystkie odpowiedzi i wróć do pierwszego ekranu</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Read aloud</source>
        <translation>Czytaj na głos</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Przestań czytać</translation>
    </message>
    <message>
        <source>Reads this page out loud</source>
        <translation>Czyta tę stronę na głos</translation>
    </message>
    <message>
        <source>Read every page</source>
        <translation>Czytaj każdą stronę</translation>
    </message>
    <message>
        <source>Each new page and each key you press is read out loud</source>
        <translation>Każda nowa strona i każdy naciśnięty klawisz są czytane na głos</translation>
    </message>
    <message>
        <source>Speed: slow</source>
        <translation>Tempo: wolno</translation>
    </message>
    <message>
        <source>Speed: normal</source>
        <translation>Tempo: normalnie</translation>
    </message>
    <message>
        <source>Speed: fast</source>
        <translation>Tempo: szybko</translation>
    </message>
    <message>
        <source>Changes how fast the page is read</source>
        <translation>Zmienia szybkość czytania strony</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Słuchawki</translation>
    </message>
    <message>
        <source>Only with headphones are your own answers read out loud</source>
        <translation>Twoje własne odpowiedzi są czytane na głos tylko w słuchawkach</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>The printer cannot be reached.</source>
        <translation>Nie można połączyć się z drukarką.</translation>
    </message>
    <message>
        <source>The printer refused the page.</source>
        <translation>Drukarka odrzuciła stronę.</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Nie udało się utworzyć kodu QR.</translation>
    </message>
    <message>
        <source>Your form has been sent</source>
        <translation>Formularz został wysłany</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation>Twój numer referencyjny</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Data wysłania</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Co dalej</translation>
    </message>
    <message>
        <source>The kiosk sends your form to the council by itself. Keep this page: the reference number is how you and the council find your form.</source>
        <translation>Kiosk sam wyśle formularz do urzędu. Zachowaj tę stronę: po numerze referencyjnym ty i urząd znajdziecie formularz.</translation>
    </message>
    <message>
        <source>How to check on your form</source>
        <translation>Jak sprawdzić formularz</translation>
    </message>
    <message>
        <source>On the kiosk, choose &quot;Check on a form you sent&quot; and type the reference number.</source>
        <translation>W kiosku wybierz „Sprawdź wysłany formularz” i wpisz numer referencyjny.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Twoje odpowiedzi</translation>
    </message>
    <message>
        <source>This page has your personal details on it. Keep it safe.</source>
        <translation>Na tej stronie są twoje dane osobowe. Przechowuj ją bezpiecznie.</translation>
    </message>
    <message>
        <source>The page could not be prepared for printing.</source>
        <translation>Nie udało się przygotować strony do druku.</translation>
    </message>
    <message>
        <source>This settings code is not right. Check it and try again.</source>
        <translation>Ten kod ustawień jest nieprawidłowy. Sprawdź go i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Zwykły</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Duży</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Największy</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Wolno</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Szybko</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Włączone</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Wyłączone</translation>
    </message>
    <message>
        <source>Your kiosk settings</source>
        <translation>Twoje ustawienia kiosku</translation>
    </message>
    <message>
        <source>Hold this card under the scanner of any kiosk, or type the code, and the kiosk sets itself up the way you like it. The card has no personal details on it.</source>
        <translation>Przyłóż tę kartę do skanera dowolnego kiosku albo wpisz kod, a kiosk ustawi się tak, jak lubisz. Na karcie nie ma danych osobowych.</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Rozmiar tekstu:</translation>
    </message>
    <message>
        <source>High contrast:</source>
        <translation>Wysoki kontrast:</translation>
    </message>
    <message>
        <source>Read aloud:</source>
        <translation>Czytanie na głos:</translation>
    </message>
    <message>
        <source>Speech speed:</source>
        <translation>Tempo mowy:</translation>
    </message>
    <message>
        <source>More time:</source>
        <translation>Więcej czasu:</translation>
    </message>
    <message>
        <source>How we use your answers</source>
        <translation>Jak wykorzystujemy twoje odpowiedzi</translation>
    </message>
</context>
<context>
    <name>ReferenceLookup</name>
    <message>
        <source>We could not check for news just now.</source>
        <translation>Nie udało się teraz sprawdzić, czy są nowe informacje.</translation>
    </message>
    <message>
        <source>Enter a reference number in the correct format, like CK-7F3K-92QD-X</source>
        <translation>Wpisz numer referencyjny w poprawnym formacie, na przykład CK-7F3K-92QD-X</translation>
    </message>
</context>
<context>
    <name>ReferenceNumber</name>
    <message>
        <source>A reference number looks like CK-7F3K-92QD-X: CK and then 9 letters and numbers.</source>
        <translation>Numer referencyjny wygląda tak: CK-7F3K-92QD-X, czyli CK i 9 liter i cyfr.</translation>
    </message>
    <message>
        <source>This kiosk cannot number submissions right now.</source>
        <translation>Ten kiosk nie może teraz nadawać numerów zgłoszeniom.</translation>
    </message>
    <message>
        <source>The kiosk number %1 is outside 1 to %2.</source>
        <translation>Numer kiosku %1 jest poza zakresem od 1 do %2.</translation>
    </message>
    <message>
        <source>This kiosk cannot give reference numbers to new forms any more. Ask a member of staff.</source>
        <translation>Ten kiosk nie może już nadawać numerów referencyjnych nowym formularzom. Poproś o pomoc pracownika.</translation>
    </message>
    <message>
        <source>Enter a reference number in the correct format, like CK-7F3K-92QD-X</source>
        <translation>Wpisz numer referencyjny w poprawnym formacie, na przykład CK-7F3K-92QD-X</translation>
    </message>
</context>
<context>
    <name>RemoteViewNotice</name>
    <message>
        <source>A picture of this screen was sent to support staff. Your answers and personal details were hidden in it.</source>
        <translation>Zdjęcie tego ekranu zostało wysłane do pracowników pomocy technicznej. Twoje odpowiedzi i dane osobowe zostały na nim ukryte.</translation>
    </message>
    <message>
        <source>A picture of this screen was sent to support staff.</source>
        <translation>Zdjęcie tego ekranu zostało wysłane do pracowników pomocy technicznej.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>RemoteViewPrompt</name>
    <message>
        <source>Support staff want to see a picture of this screen to help with a problem. Your answers and personal details will be hidden in the picture. Nothing is sent unless you choose yes.</source>
        <translation>Pracownicy pomocy technicznej chcą zobaczyć zdjęcie tego ekranu, aby pomóc rozwiązać problem. Twoje odpowiedzi i dane osobowe będą na zdjęciu ukryte. Nic nie zostanie wysłane, jeśli nie wybierzesz „tak”.</translation>
    </message>
    <message>
        <source>Support staff want to see a picture of this screen.</source>
        <translation>Pracownicy pomocy technicznej chcą zobaczyć zdjęcie tego ekranu.</translation>
    </message>
    <message>
        <source>Yes, send the picture</source>
        <translation>Tak, wyślij zdjęcie</translation>
    </message>
    <message>
        <source>No, do not send it</source>
        <translation>Nie, nie wysyłaj</translation>
    </message>
    <message numerus="yes">
        <source>If you do not answer within %n second(s), nothing is sent.</source>
        <translation>
            <numerusform>Jeśli nie odpowiesz, za %n sekundę prośba wygaśnie i nic nie zostanie wysłane.</numerusform>
            <numerusform>Jeśli nie odpowiesz, za %n sekundy prośba wygaśnie i nic nie zostanie wysłane.</numerusform>
            <numerusform>Jeśli nie odpowiesz, za %n sekund prośba wygaśnie i nic nie zostanie wysłane.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenScaffold</name>
    <message>
        <source>Council services</source>
        <translation>Usługi urzędu</translation>
    </message>
    <message>
        <source>Display and language</source>
        <translation>Wygląd i język</translation>
    </message>
    <message>
        <source>Text size, contrast, reading aloud and language</source>
        <translation>Rozmiar tekstu, kontrast, czytanie na głos i język</translation>
    </message>
</context>
<context>
    <name>ServiceListScreen</name>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Co chcesz zrobić?</translation>
    </message>
    <message>
        <source>Opens a government website on this kiosk.</source>
        <translation>Otwiera rządową stronę internetową na tym kiosku.</translation>
    </message>
</context>
<context>
    <name>SettingsCardScreen</name>
    <message>
        <source>Settings card</source>
        <translation>Karta ustawień</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Use this code</source>
        <translation>Użyj tego kodu</translation>
    </message>
    <message>
        <source>A settings card keeps your text size, contrast, read aloud, speech speed, language and more time. It has no personal details on it.</source>
        <translation>Karta ustawień zapamiętuje rozmiar tekstu, kontrast, czytanie na głos, tempo mowy, język i dodatkowy czas. Nie ma na niej danych osobowych.</translation>
    </message>
    <message>
        <source>Give me more time on each page</source>
        <translation>Daj mi więcej czasu na każdej stronie</translation>
    </message>
    <message>
        <source>Save my settings</source>
        <translation>Zapisz moje ustawienia</translation>
    </message>
    <message>
        <source>Shows a QR code and a short code for your settings</source>
        <translation>Pokazuje kod QR i krótki kod twoich ustawień</translation>
    </message>
    <message>
        <source>QR code of your settings</source>
        <translation>Kod QR twoich ustawień</translation>
    </message>
    <message>
        <source>Print my settings card</source>
        <translation>Wydrukuj moją kartę ustawień</translation>
    </message>
    <message>
        <source>Printing your settings card…</source>
        <translation>Drukowanie karty ustawień…</translation>
    </message>
    <message>
        <source>Your settings card has printed. Take it from the printer.</source>
        <translation>Karta ustawień została wydrukowana. Odbierz ją z drukarki.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Take a photo of the QR code or write down the code.</source>
        <translation>W drukarce skończył się papier. Zrób zdjęcie kodu QR albo zapisz kod.</translation>
    </message>
    <message>
        <source>The printer is not working at the moment. Take a photo of the QR code or write down the code.</source>
        <translation>Drukarka teraz nie działa. Zrób zdjęcie kodu QR albo zapisz kod.</translation>
    </message>
    <message>
        <source>Use a settings card</source>
        <translation>Użyj karty ustawień</translation>
    </message>
    <message>
        <source>Code on your settings card</source>
        <translation>Kod z twojej karty ustawień</translation>
    </message>
    <message>
        <source>Your settings card has been applied.</source>
        <translation>Ustawienia z karty zostały zastosowane.</translation>
    </message>
    <message>
        <source>It starts with KS1, like KS1-EN-00010-1</source>
        <translation>Zaczyna się od KS1, np. KS1-EN-00010-1</translation>
    </message>
</context>
<context>
    <name>StaffCard</name>
    <message>
        <source>This card was not recognised. Type your helper number and PIN instead.</source>
        <translation>Nie rozpoznano tej karty. Zamiast tego wpisz numer pomocnika i PIN.</translation>
    </message>
    <message>
        <source>The card could not be read. Swipe it again, slowly.</source>
        <translation>Nie udało się odczytać karty. Przesuń ją jeszcze raz, powoli.</translation>
    </message>
</context>
<context>
    <name>Submitter</name>
    <message>
        <source>Your form could not be saved. Ask a member of staff.</source>
        <translation>Nie udało się zapisać formularza. Poproś o pomoc pracownika.</translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <source>Text size</source>
        <translation>Rozmiar tekstu</translation>
    </message>
    <message>
        <source>Standard text size</source>
        <translation>Standardowy rozmiar tekstu</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Duży tekst</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Największy tekst</translation>
    </message>
    <message>
        <source>A</source>
        <comment>text size button glyph</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation>Rozmiar tekstu %1%</translation>
    </message>
    <message>
        <source>Makes all the writing on the screen bigger or smaller</source>
        <translation>Powiększa lub pomniejsza cały tekst na ekranie</translation>
    </message>
</context>
<context>
    <name>TrackScreen</name>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Sprawdź</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Numer referencyjny</translation>
    </message>
    <message>
        <source>It starts with CK</source>
        <translation>Zaczyna się od CK</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Reference %1. %2</source>
        <translation>Numer %1. %2</translation>
    </message>
    <message>
        <source>Reference %1. %2 Note from the council: %3</source>
        <translation>Numer %1. %2 Uwaga od urzędu: %3</translation>
    </message>
    <message>
        <source>Note from the council</source>
        <translation>Uwaga od urzędu</translation>
    </message>
    <message>
        <source>Check on a form you sent</source>
        <translation>Sprawdź wysłany formularz</translation>
    </message>
    <message>
        <source>Type the reference number you were given. It starts with CK, like CK-7F3K-92QD-X.</source>
        <translation>Wpisz otrzymany numer referencyjny. Zaczyna się od CK, na przykład CK-7F3K-92QD-X.</translation>
    </message>
</context>
<context>
    <name>TrackingStatus</name>
    <message>
        <source>We last checked on %1 at %2.</source>
        <translation>Ostatnio sprawdzono: %1, godz. %2.</translation>
    </message>
    <message>
        <source>Received by the council.</source>
        <translation>Otrzymane przez urząd.</translation>
    </message>
    <message>
        <source>Received by the council on %1.</source>
        <translation>Otrzymane przez urząd: %1.</translation>
    </message>
    <message>
        <source>The council is working on this.</source>
        <translation>Urząd zajmuje się tą sprawą.</translation>
    </message>
    <message>
        <source>The council is working on this. Last update on %1.</source>
        <translation>Urząd zajmuje się tą sprawą. Ostatnia zmiana: %1.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Zamknięte.</translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation>Zamknięte: %1.</translation>
    </message>
    <message>
        <source>We could not understand the council&apos;s answer. Try again later.</source>
        <translation>Nie udało się zrozumieć odpowiedzi urzędu. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>Waiting to be sent from this kiosk. It will be sent when the kiosk is back online.</source>
        <translation>Czeka na wysłanie z tego kiosku. Zostanie wysłany, gdy kiosk znów będzie online.</translation>
    </message>
    <message>
        <source>There was a problem sending this form. Ask a member of staff.</source>
        <translation>Wystąpił problem z wysłaniem tego formularza. Poproś o pomoc pracownika.</translation>
    </message>
    <message>
        <source>We cannot find this reference number. If you sent the form today, check again tomorrow.</source>
        <translation>Nie możemy znaleźć tego numeru referencyjnego. Jeśli formularz został wysłany dzisiaj, sprawdź ponownie jutro.</translation>
    </message>
    <message>
        <source>We could not check this just now. Try again later.</source>
        <translation>Nie udało się tego teraz sprawdzić. Spróbuj ponownie później.</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The web allow-list entry &quot;%1&quot; is not an http or https address with a host.</source>
        <translation>Wpis &quot;%1&quot; na liście dozwolonych stron nie jest adresem http ani https z nazwą hosta.</translation>
    </message>
</context>
<context>
    <name>WebEngineBackend</name>
    <message>
        <source>Online services are not available on this kiosk at the moment.</source>
        <translation>Usługi online są teraz niedostępne w tym kiosku.</translation>
    </message>
</context>
<context>
    <name>WebHeader</name>
    <message>
        <source>Back to the kiosk</source>
        <translation>Wróć do kiosku</translation>
    </message>
    <message>
        <source>Leave this website and return to the council services</source>
        <translation>Opuść tę stronę i wróć do usług urzędu</translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation>Poproś o pomoc</translation>
    </message>
    <message>
        <source>Lets the member of staff helping you know that you need them</source>
        <translation>Daje znać pracownikowi, który ci pomaga, że potrzebujesz pomocy</translation>
    </message>
    <message>
        <source>Your helper has been asked to come and help you.</source>
        <translation>Pomocnik dostał prośbę, aby podejść i ci pomóc.</translation>
    </message>
</context>
<context>
    <name>WebServiceScreen</name>
    <message>
        <source>This page is not available on this kiosk</source>
        <translation>Ta strona nie jest dostępna w tym kiosku</translation>
    </message>
    <message>
        <source>For your safety this kiosk only opens council and government services. You can go back to the service, or back to the kiosk.</source>
        <translation>Dla twojego bezpieczeństwa ten kiosk otwiera tylko usługi urzędu i administracji publicznej. Możesz wrócić do usługi albo do kiosku.</translation>
    </message>
    <message>
        <source>Go back to the service</source>
        <translation>Wróć do usługi</translation>
    </message>
    <message>
        <source>Online services are not available at the moment</source>
        <translation>Usługi online są teraz niedostępne</translation>
    </message>
    <message>
        <source>Try again later, or ask a member of staff. The other services on this kiosk still work.</source>
        <translation>Spróbuj ponownie później albo poproś o pomoc pracownika. Inne usługi w tym kiosku nadal działają.</translation>
    </message>
    <message>
        <source>An answer you gave, not read out without headphones.</source>
        <translation>Twoja odpowiedź – bez słuchawek nie jest czytana na głos.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to council services</source>
        <translation>Witamy w usługach urzędu</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Wybierz język</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <source>Start using the council services</source>
        <translation>Zacznij korzystać z usług urzędu</translation>
    </message>
    <message>
        <source>Staff: sign in to help someone</source>
        <translation>Pracownicy: zaloguj się, aby komuś pomóc</translation>
    </message>
    <message>
        <source>Use this kiosk to report a problem to the council or to comment on a planning application. It takes about 5 minutes.</source>
        <translation>W tym kiosku zgłosisz problem do urzędu albo skomentujesz wniosek budowlany. Zajmuje to około 5 minut.</translation>
    </message>
    <message>
        <source>Nothing you type is kept on this kiosk after you finish.</source>
        <translation>Nic, co wpiszesz, nie zostaje w tym kiosku po zakończeniu.</translation>
    </message>
    <message>
        <source>Check on a form you sent</source>
        <translation>Sprawdź wysłany formularz</translation>
    </message>
    <message>
        <source>Use the reference number you were given to see what is happening with your form</source>
        <translation>Użyj otrzymanego numeru referencyjnego, aby sprawdzić, co dzieje się z formularzem</translation>
    </message>
    <message>
        <source>Settings card</source>
        <translation>Karta ustawień</translation>
    </message>
    <message>
        <source>Save your text size, contrast and speech on a card, or use the card you have</source>
        <translation>Zapisz rozmiar tekstu, kontrast i mowę na karcie albo użyj swojej karty</translation>
    </message>
</context>
<context>
    <name>ck</name>
    <message>
        <source>destination names use letters, digits, &apos;-&apos; and &apos;_&apos; only</source>
        <translation>nazwy miejsc docelowych mogą zawierać tylko litery, cyfry, &apos;-&apos; i &apos;_&apos;</translation>
    </message>
    <message>
        <source>unknown destination type &quot;%1&quot; (expected &quot;open311&quot; or &quot;json&quot;)</source>
        <translation>nieznany typ miejsca docelowego &quot;%1&quot; (oczekiwano &quot;open311&quot; lub &quot;json&quot;)</translation>
    </message>
    <message>
        <source>give either apiKey or credentialRef, not both</source>
        <translation>podaj apiKey albo credentialRef, nie oba</translation>
    </message>
    <message>
        <source>a credential name, not a path</source>
        <translation>nazwa poświadczenia, a nie ścieżka</translation>
    </message>
    <message>
        <source>helper id &quot;%1&quot; appears twice</source>
        <translation>identyfikator pomocnika &quot;%1&quot; występuje dwa razy</translation>
    </message>
    <message>
        <source>required when fleet.configUrl is set: unsigned configuration is never applied</source>
        <translation>wymagane, gdy ustawiono fleet.configUrl: niepodpisana konfiguracja nigdy nie jest stosowana</translation>
    </message>
    <message>
        <source>expected a base64 raw Ed25519 public key (32 bytes) or a PEM public key</source>
        <translation>oczekiwano surowego klucza publicznego Ed25519 w base64 (32 bajty) lub klucza publicznego PEM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a configured json destination</source>
        <translation>&quot;%1&quot; nie jest skonfigurowanym miejscem docelowym json</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>musi być ścieżką bezwzględną</translation>
    </message>
    <message>
        <source>Enter your answer as text</source>
        <translation>Wpisz odpowiedź jako tekst</translation>
    </message>
    <message>
        <source>Enter your answer</source>
        <translation>Wpisz odpowiedź</translation>
    </message>
    <message>
        <source>Enter a number</source>
        <translation>Wpisz liczbę</translation>
    </message>
    <message>
        <source>Enter a whole number, like 5</source>
        <translation>Wpisz liczbę całkowitą, na przykład 5</translation>
    </message>
    <message>
        <source>Enter a number between %1 and %2</source>
        <translation>Wpisz liczbę od %1 do %2</translation>
    </message>
    <message>
        <source>Enter a number of %1 or more</source>
        <translation>Wpisz liczbę równą %1 lub większą</translation>
    </message>
    <message>
        <source>Enter a number of %1 or less</source>
        <translation>Wpisz liczbę równą %1 lub mniejszą</translation>
    </message>
    <message>
        <source>Date must be a real date</source>
        <translation>Data musi być prawdziwą datą</translation>
    </message>
    <message>
        <source>Enter a date</source>
        <translation>Wpisz datę</translation>
    </message>
    <message>
        <source>Date must include a day</source>
        <translation>Data musi zawierać dzień</translation>
    </message>
    <message>
        <source>Date must include a month</source>
        <translation>Data musi zawierać miesiąc</translation>
    </message>
    <message>
        <source>Date must include a year</source>
        <translation>Data musi zawierać rok</translation>
    </message>
    <message>
        <source>Year must include 4 numbers</source>
        <translation>Rok musi mieć 4 cyfry</translation>
    </message>
    <message>
        <source>Date must be today or in the past</source>
        <translation>Data musi być dzisiejsza lub wcześniejsza</translation>
    </message>
    <message>
        <source>Date must be today or in the future</source>
        <translation>Data musi być dzisiejsza lub późniejsza</translation>
    </message>
    <message>
        <source>Select an option</source>
        <translation>Wybierz odpowiedź</translation>
    </message>
    <message>
        <source>Select one of the options</source>
        <translation>Wybierz jedną z odpowiedzi</translation>
    </message>
    <message>
        <source>Select at least one option</source>
        <translation>Wybierz co najmniej jedną odpowiedź</translation>
    </message>
    <message>
        <source>Select yes or no</source>
        <translation>Wybierz tak lub nie</translation>
    </message>
    <message>
        <source>Enter an email address</source>
        <translation>Wpisz adres e-mail</translation>
    </message>
    <message>
        <source>Enter an email address in the correct format, like name@example.com</source>
        <translation>Wpisz adres e-mail w poprawnym formacie, na przykład imie@example.com</translation>
    </message>
    <message>
        <source>Enter a phone number</source>
        <translation>Wpisz numer telefonu</translation>
    </message>
    <message>
        <source>Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192</source>
        <translation>Wpisz numer telefonu, na przykład 01632 960 001, 07700 900 982 lub +44 808 157 0192</translation>
    </message>
    <message>
        <source>Enter a postcode</source>
        <translation>Wpisz kod pocztowy</translation>
    </message>
    <message>
        <source>Enter a real postcode, like CF10 1AA</source>
        <translation>Wpisz prawdziwy kod pocztowy, na przykład CF10 1AA</translation>
    </message>
    <message>
        <source>Enter the address</source>
        <translation>Wpisz adres</translation>
    </message>
    <message>
        <source>Enter the first line of the address</source>
        <translation>Wpisz pierwszy wiersz adresu</translation>
    </message>
    <message>
        <source>No service has been started.</source>
        <translation>Nie rozpoczęto żadnej usługi.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Nie można odczytać pliku klucza %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file</source>
        <translation>%1 jest za duży, by był plikiem klucza</translation>
    </message>
    <message>
        <source>No fleet.publicKey is configured, so no signed configuration is accepted.</source>
        <translation>Nie skonfigurowano fleet.publicKey, więc żadna podpisana konfiguracja nie jest przyjmowana.</translation>
    </message>
    <message>
        <source>signed configuration</source>
        <translation>podpisana konfiguracja</translation>
    </message>
    <message>
        <source>The signed configuration is for kiosk &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Podpisana konfiguracja jest dla kiosku &quot;%1&quot;, a nie &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A signed configuration cannot move the data directory; change it on the kiosk itself.</source>
        <translation>Podpisana konfiguracja nie może przenieść katalogu danych; zmień go na samym kiosku.</translation>
    </message>
    <message>
        <source>The encryption library failed.</source>
        <translation>Biblioteka szyfrowania zawiodła.</translation>
    </message>
    <message>
        <source>The kiosk key %1 must hold 32 bytes or 64 hex digits.</source>
        <translation>Klucz kiosku %1 musi zawierać 32 bajty lub 64 cyfry szesnastkowe.</translation>
    </message>
    <message>
        <source>The kiosk key %1 cannot be read: %2</source>
        <translation>Nie można odczytać klucza kiosku %1: %2</translation>
    </message>
    <message>
        <source>The kiosk key %1 is too large.</source>
        <translation>Klucz kiosku %1 jest za duży.</translation>
    </message>
    <message>
        <source>The key directory %1 cannot be created.</source>
        <translation>Nie można utworzyć katalogu kluczy %1.</translation>
    </message>
    <message>
        <source>The kiosk key %1 cannot be written: %2</source>
        <translation>Nie można zapisać klucza kiosku %1: %2</translation>
    </message>
    <message>
        <source>The quarantine folder cannot be created.</source>
        <translation>Nie można utworzyć folderu kwarantanny.</translation>
    </message>
    <message>
        <source>The damaged outbox could not be moved to the quarantine folder.</source>
        <translation>Nie udało się przenieść uszkodzonej skrzynki nadawczej do folderu kwarantanny.</translation>
    </message>
    <message>
        <source>%1 is not a kiosk number: use a whole number from %2 to %3, a different one for every kiosk in the fleet</source>
        <translation>%1 nie jest numerem kiosku: użyj liczby całkowitej od %2 do %3, innej dla każdego kiosku we flocie</translation>
    </message>
    <message>
        <source>a credential name (letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;), not a path</source>
        <translation>nazwa poświadczenia (litery, cyfry, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;), a nie ścieżka</translation>
    </message>
    <message>
        <source>A signed configuration cannot change where the outbox key is (outboxKey); change it on the kiosk itself.</source>
        <translation>Podpisana konfiguracja nie może zmienić miejsca klucza skrzynki nadawczej (outboxKey); zmień je na samym kiosku.</translation>
    </message>
    <message>
        <source>The kiosk is delivering (%1); try again in a moment.</source>
        <translation>Kiosk właśnie wysyła (%1); spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>%1 is delivering from this outbox; try again in a moment.</source>
        <translation>%1 właśnie wysyła z tej skrzynki nadawczej; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>Another program is delivering from this outbox; try again in a moment.</source>
        <translation>Inny program właśnie wysyła z tej skrzynki nadawczej; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>The kiosk key %1 is encrypted, but systemd-creds is not installed to decrypt it.</source>
        <translation>Klucz kiosku %1 jest zaszyfrowany, ale nie zainstalowano systemd-creds, aby go odszyfrować.</translation>
    </message>
    <message>
        <source>The kiosk key %1 cannot be decrypted with systemd-creds: %2</source>
        <translation>Nie można odszyfrować klucza kiosku %1 za pomocą systemd-creds: %2</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>oczekiwano true albo false</translation>
    </message>
    <message>
        <source>must start with &quot;cy&quot; when welshLanguageStandards is true</source>
        <translation>musi zaczynać się od &quot;cy&quot;, gdy welshLanguageStandards ma wartość true</translation>
    </message>
    <message>
        <source>must include &quot;en&quot; when welshLanguageStandards is true: the welcome screen is in Welsh and English</source>
        <translation>musi zawierać &quot;en&quot;, gdy welshLanguageStandards ma wartość true: ekran powitalny jest po walijsku i po angielsku</translation>
    </message>
    <message>
        <source>must be &quot;cy&quot; when welshLanguageStandards is true</source>
        <translation>musi mieć wartość &quot;cy&quot;, gdy welshLanguageStandards ma wartość true</translation>
    </message>
    <message>
        <source>expected an object of names by language, like {&quot;en&quot;: &quot;Central Library&quot;}</source>
        <translation>oczekiwano obiektu z nazwami według języka, na przykład {&quot;en&quot;: &quot;Central Library&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the configured languages</source>
        <translation>&quot;%1&quot; nie należy do skonfigurowanych języków</translation>
    </message>
    <message>
        <source>expected a name of 1 to 80 characters, without &quot;%&quot;</source>
        <translation>oczekiwano nazwy od 1 do 80 znaków, bez &quot;%&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Your answer must be %n character(s) or fewer</source>
        <translation>
            <numerusform>Odpowiedź może mieć najwyżej %n znak</numerusform>
            <numerusform>Odpowiedź może mieć najwyżej %n znaki</numerusform>
            <numerusform>Odpowiedź może mieć najwyżej %n znaków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your answer must be %n character(s) or more</source>
        <translation>
            <numerusform>Odpowiedź musi mieć co najmniej %n znak</numerusform>
            <numerusform>Odpowiedź musi mieć co najmniej %n znaki</numerusform>
            <numerusform>Odpowiedź musi mieć co najmniej %n znaków</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a number, like 5 or %1</source>
        <translation>Wpisz liczbę, na przykład 5 lub %1</translation>
    </message>
    <message>
        <source>Enter the number with a comma for decimals, like %1, and no full stop between thousands</source>
        <translation>Wpisz liczbę z przecinkiem dziesiętnym, na przykład %1, bez kropki między tysiącami</translation>
    </message>
    <message>
        <source>Enter the number with a full stop for decimals, like %1</source>
        <translation>Wpisz liczbę z kropką dziesiętną, na przykład %1</translation>
    </message>
    <message numerus="yes">
        <source>Email address must be %n character(s) or fewer</source>
        <translation>
            <numerusform>Adres e-mail może mieć najwyżej %n znak</numerusform>
            <numerusform>Adres e-mail może mieć najwyżej %n znaki</numerusform>
            <numerusform>Adres e-mail może mieć najwyżej %n znaków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each line of the address must be %n character(s) or fewer</source>
        <translation>
            <numerusform>Każdy wiersz adresu może mieć najwyżej %n znak</numerusform>
            <numerusform>Każdy wiersz adresu może mieć najwyżej %n znaki</numerusform>
            <numerusform>Każdy wiersz adresu może mieć najwyżej %n znaków</numerusform>
        </translation>
    </message>
    <message>
        <source>only an open311 destination can discover its services</source>
        <translation>tylko miejsce docelowe open311 może wykrywać swoje usługi</translation>
    </message>
    <message>
        <source>The document is larger than 2 MB.</source>
        <translation>Dokument jest większy niż 2 MB.</translation>
    </message>
    <message>
        <source>The XML document has a DTD, which Open311 never uses.</source>
        <translation>Dokument XML ma DTD, którego Open311 nigdy nie używa.</translation>
    </message>
    <message>
        <source>This is not readable XML (%1).</source>
        <translation>To nie jest czytelny XML (%1).</translation>
    </message>
    <message>
        <source>This is not readable XML (line %1: %2).</source>
        <translation>To nie jest czytelny XML (wiersz %1: %2).</translation>
    </message>
    <message>
        <source>This is not valid JSON (at character %1: %2).</source>
        <translation>To nie jest poprawny JSON (przy znaku %1: %2).</translation>
    </message>
    <message>
        <source>Unknown key. Check the spelling against docs/flows.md.</source>
        <translation>Nieznany klucz. Sprawdź pisownię w docs/flows.md.</translation>
    </message>
    <message>
        <source>Expected an object of translations, like {&quot;cy&quot;: &quot;...&quot;}.</source>
        <translation>Oczekiwano obiektu z tłumaczeniami, np. {&quot;cy&quot;: &quot;...&quot;}.</translation>
    </message>
    <message>
        <source>Expected a text that is not empty.</source>
        <translation>Oczekiwano niepustego tekstu.</translation>
    </message>
    <message>
        <source>required when fleet.commandsUrl is set: unsigned commands are never run</source>
        <translation>wymagane, gdy ustawiono fleet.commandsUrl: niepodpisane polecenia nigdy nie są wykonywane</translation>
    </message>
    <message>
        <source>No kiosk key was found for the outbox in %1. The kiosk looks for it in: %2. Put the key back there: a new key could not open the forms already in the outbox.</source>
        <translation>Nie znaleziono klucza kiosku dla skrzynki nadawczej w %1. Kiosk szuka go w: %2. Umieść klucz z powrotem w tym miejscu: nowy klucz nie otworzyłby formularzy, które już są w skrzynce nadawczej.</translation>
    </message>
    <message>
        <source>expected a CUPS printer name or an ipp:// or ipps:// address</source>
        <translation>oczekiwano nazwy drukarki CUPS albo adresu ipp:// lub ipps://</translation>
    </message>
    <message>
        <source>expected an object of texts by language, like {&quot;en&quot;: &quot;Phone 029 2087 2087&quot;}</source>
        <translation>oczekiwano obiektu z tekstami według języka, np. {&quot;pl&quot;: &quot;Zadzwoń: 029 2087 2087&quot;}</translation>
    </message>
    <message>
        <source>expected a text of 1 to 200 characters</source>
        <translation>oczekiwano tekstu o długości od 1 do 200 znaków</translation>
    </message>
</context>
<context>
    <name>ck::AdminGate</name>
    <message>
        <source>No admin PIN is set for this kiosk.</source>
        <translation>Dla tego kiosku nie ustawiono PIN-u administratora.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Za dużo błędnych PIN-ów. Spróbuj ponownie za %n sekundę.</numerusform>
            <numerusform>Za dużo błędnych PIN-ów. Spróbuj ponownie za %n sekundy.</numerusform>
            <numerusform>Za dużo błędnych PIN-ów. Spróbuj ponownie za %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. %n attempt(s) left before a pause.</source>
        <translation>
            <numerusform>Ten PIN jest błędny. Została %n próba przed przerwą.</numerusform>
            <numerusform>Ten PIN jest błędny. Zostały %n próby przed przerwą.</numerusform>
            <numerusform>Ten PIN jest błędny. Zostało %n prób przed przerwą.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ck::AdminStatus</name>
    <message>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Czeka na wysłanie</translation>
    </message>
    <message>
        <source>Sending now</source>
        <translation>Wysyłanie teraz</translation>
    </message>
    <message>
        <source>Delivered (receipts kept)</source>
        <translation>Dostarczone (potwierdzenia zachowane)</translation>
    </message>
    <message>
        <source>Refused by the service (dead letters)</source>
        <translation>Odrzucone przez usługę (martwe listy)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of the admin screen&apos;s usage counts, e.g. &quot;Used read aloud: 3&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sessions today</source>
        <translation>Sesje dzisiaj</translation>
    </message>
    <message>
        <source>Finished with a reference number</source>
        <translation>Zakończone z numerem referencyjnym</translation>
    </message>
    <message>
        <source>Left before the end</source>
        <translation>Przerwane przed końcem</translation>
    </message>
    <message>
        <source>Helped by staff</source>
        <translation>Z pomocą pracownika</translation>
    </message>
    <message>
        <source>Used read aloud</source>
        <translation>Użyto czytania na głos</translation>
    </message>
    <message>
        <source>Used larger text</source>
        <translation>Użyto większego tekstu</translation>
    </message>
    <message>
        <source>Earlier days waiting to be sent</source>
        <translation>Wcześniejsze dni czekające na wysłanie</translation>
    </message>
</context>
<context>
    <name>ck::Aead</name>
    <message>
        <source>The encryption key has the wrong size.</source>
        <translation>Klucz szyfrowania ma niewłaściwy rozmiar.</translation>
    </message>
    <message>
        <source>Stored data failed its integrity check and was not used.</source>
        <translation>Zapisane dane nie przeszły kontroli integralności i nie zostały użyte.</translation>
    </message>
</context>
<context>
    <name>ck::ConfigSigner</name>
    <message>
        <source>The key is not an Ed25519 key.</source>
        <translation>To nie jest klucz Ed25519.</translation>
    </message>
    <message>
        <source>The private key PEM cannot be read.</source>
        <translation>Nie można odczytać klucza prywatnego PEM.</translation>
    </message>
    <message>
        <source>Expected a PEM private key or the base64 of a 32-byte Ed25519 seed.</source>
        <translation>Oczekiwano klucza prywatnego PEM lub ziarna Ed25519 (32 bajty) w base64.</translation>
    </message>
    <message>
        <source>The public key PEM cannot be read.</source>
        <translation>Nie można odczytać klucza publicznego PEM.</translation>
    </message>
    <message>
        <source>Expected a PEM public key or the base64 of a 32-byte Ed25519 key.</source>
        <translation>Oczekiwano klucza publicznego PEM lub klucza Ed25519 (32 bajty) w base64.</translation>
    </message>
    <message>
        <source>Signing needs a private key.</source>
        <translation>Do podpisania potrzebny jest klucz prywatny.</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the configuration.</source>
        <translation>OpenSSL nie mógł podpisać konfiguracji.</translation>
    </message>
    <message>
        <source>The signed configuration is not a JSON object (%1).</source>
        <translation>Podpisana konfiguracja nie jest obiektem JSON (%1).</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>zły typ</translation>
    </message>
    <message>
        <source>Unknown member &quot;%1&quot; in the signed configuration.</source>
        <translation>Nieznany element &quot;%1&quot; w podpisanej konfiguracji.</translation>
    </message>
    <message>
        <source>The configuration is not signed.</source>
        <translation>Konfiguracja nie jest podpisana.</translation>
    </message>
    <message>
        <source>The configuration was signed with key %1, but this kiosk trusts key %2.</source>
        <translation>Konfigurację podpisano kluczem %1, ale ten kiosk ufa kluczowi %2.</translation>
    </message>
    <message>
        <source>The configuration signature does not verify: it was changed after signing or signed with another key.</source>
        <translation>Podpis konfiguracji się nie zgadza: zmieniono ją po podpisaniu albo podpisano innym kluczem.</translation>
    </message>
    <message>
        <source>The signed envelope has no &quot;%1&quot; object.</source>
        <translation>Podpisana koperta nie zawiera obiektu &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ck::ConfigStore</name>
    <message>
        <source>The signed configuration has version %1, not newer than the running %2.</source>
        <translation>Podpisana konfiguracja ma wersję %1, nie nowszą niż działająca %2.</translation>
    </message>
    <message>
        <source>The last start with this configuration did not complete.</source>
        <translation>Ostatnie uruchomienie z tą konfiguracją nie zakończyło się.</translation>
    </message>
    <message>
        <source>The pending marker cannot be written.</source>
        <translation>Nie można zapisać znacznika oczekiwania.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Nie można utworzyć %1.</translation>
    </message>
    <message>
        <source>Configuration version %1 was installed; it takes effect at the next start.</source>
        <translation>Zainstalowano konfigurację w wersji %1; zacznie działać przy następnym uruchomieniu.</translation>
    </message>
    <message>
        <source>Cannot clear the pending marker.</source>
        <translation>Nie można usunąć znacznika oczekiwania.</translation>
    </message>
    <message>
        <source>Went back to the previous configuration: %1</source>
        <translation>Przywrócono poprzednią konfigurację: %1</translation>
    </message>
    <message>
        <source>Went back to the local configuration: %1</source>
        <translation>Przywrócono lokalną konfigurację: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Configuration version %1 is not installed: version %2 failed to start on this kiosk and was rolled back, so only a version higher than %2 is tried.</source>
        <translation>Wersja konfiguracji %1 nie zostanie zainstalowana: wersja %2 nie uruchomiła się na tym kiosku i została wycofana, więc próbowana będzie tylko wersja wyższa niż %2.</translation>
    </message>
</context>
<context>
    <name>ck::ConfigUpdater</name>
    <message>
        <source>Could not fetch the configuration (HTTP %1): %2</source>
        <translation>Nie udało się pobrać konfiguracji (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The configuration download is too large.</source>
        <translation>Pobrana konfiguracja jest za duża.</translation>
    </message>
    <message>
        <source>Version %1 is older than the installed version %2.</source>
        <translation>Wersja %1 jest starsza niż zainstalowana wersja %2.</translation>
    </message>
</context>
<context>
    <name>ck::DeliveryLock</name>
    <message>
        <source>The delivery lock %1 cannot be opened: %2</source>
        <translation>Nie można otworzyć blokady wysyłania %1: %2</translation>
    </message>
    <message>
        <source>The delivery lock %1 cannot be taken: %2</source>
        <translation>Nie można przejąć blokady wysyłania %1: %2</translation>
    </message>
</context>
<context>
    <name>ck::DestinationAdapter</name>
    <message>
        <source>Destination &quot;%1&quot; has no valid http(s) address.</source>
        <translation>Miejsce docelowe &quot;%1&quot; nie ma poprawnego adresu http(s).</translation>
    </message>
    <message>
        <source>Destination &quot;%1&quot;: the pinned CA certificate cannot be read.</source>
        <translation>Miejsce docelowe &quot;%1&quot;: nie można odczytać przypiętego certyfikatu CA.</translation>
    </message>
    <message>
        <source>Destination &quot;%1&quot; has an unknown type &quot;%2&quot; (open311 or json).</source>
        <translation>Miejsce docelowe &quot;%1&quot; ma nieznany typ &quot;%2&quot; (open311 lub json).</translation>
    </message>
    <message>
        <source>TLS: the certificate of &quot;%1&quot; is not trusted (%2). Check the destination&apos;s CA pin and the server certificate&apos;s dates.</source>
        <translation>TLS: certyfikat &quot;%1&quot; nie jest zaufany (%2). Sprawdź przypięty CA miejsca docelowego i daty certyfikatu serwera.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not answer in time.</source>
        <translation>&quot;%1&quot; nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>Network: %1 (%2).</source>
        <translation>Sieć: %1 (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered HTTP %2; will retry.</source>
        <translation>&quot;%1&quot; odpowiedział HTTP %2; nastąpi ponowna próba.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; refused the request (HTTP %2).</source>
        <translation>„%1” odrzucił zgłoszenie (HTTP %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; refused the request (HTTP %2, server code %3).</source>
        <translation>„%1” odrzucił zgłoszenie (HTTP %2, kod serwera %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; sent a larger answer than the kiosk accepts; will retry.</source>
        <translation>„%1” przysłał odpowiedź większą, niż kiosk przyjmuje; ponowi próbę.</translation>
    </message>
</context>
<context>
    <name>ck::DiscoveredServices</name>
    <message>
        <source>The overlay cannot be read: %1</source>
        <translation>Nie można odczytać nakładki: %1</translation>
    </message>
    <message>
        <source>Its questions (services/%1.json) have not been pulled yet.</source>
        <translation>Jej pytania (services/%1.json) nie zostały jeszcze pobrane.</translation>
    </message>
</context>
<context>
    <name>ck::DiscoveryCache</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>ck::DocumentFetcher</name>
    <message>
        <source>&quot;%1&quot; sent more than %2 kB for %3.</source>
        <translation>&quot;%1&quot; wysłał ponad %2 kB dla %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not send %2 in time.</source>
        <translation>&quot;%1&quot; nie wysłał %2 na czas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; broke off %2: %3.</source>
        <translation>&quot;%1&quot; przerwał %2: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered HTTP %2 for %3.</source>
        <translation>&quot;%1&quot; odpowiedział HTTP %2 dla %3.</translation>
    </message>
</context>
<context>
    <name>ck::FieldValidator</name>
    <message>
        <source>Enter your answer</source>
        <translation>Wpisz odpowiedź</translation>
    </message>
</context>
<context>
    <name>ck::FleetCommand</name>
    <message>
        <source>Unknown member &quot;%1&quot; in the command.</source>
        <translation>Nieznane pole &quot;%1&quot; w poleceniu.</translation>
    </message>
    <message>
        <source>Unsupported command schema.</source>
        <translation>Nieobsługiwany schemat polecenia.</translation>
    </message>
    <message>
        <source>expiresAt is not an ISO 8601 time.</source>
        <translation>expiresAt nie jest czasem w formacie ISO 8601.</translation>
    </message>
    <message>
        <source>The command names no kiosk.</source>
        <translation>Polecenie nie wskazuje kiosku.</translation>
    </message>
    <message>
        <source>The sequence must be a whole number from 1 to 2^53.</source>
        <translation>Numer kolejny musi być liczbą całkowitą od 1 do 2^53.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Nieznana czynność &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>issuedAt is not an ISO 8601 time.</source>
        <translation>issuedAt nie jest czasem w formacie ISO 8601.</translation>
    </message>
</context>
<context>
    <name>ck::FleetCommandChannel</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Nie można utworzyć %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>This kiosk has no fleet public key: commands are never run.</source>
        <translation>Ten kiosk nie ma klucza publicznego floty: polecenia nigdy nie są wykonywane.</translation>
    </message>
    <message>
        <source>The command is for kiosk %1, this is %2.</source>
        <translation>Polecenie jest dla kiosku %1, a to jest %2.</translation>
    </message>
    <message>
        <source>Command %1 is not newer than the last one accepted (%2).</source>
        <translation>Polecenie %1 nie jest nowsze niż ostatnio przyjęte (%2).</translation>
    </message>
    <message>
        <source>Command %1 expired at %2.</source>
        <translation>Polecenie %1 wygasło o %2.</translation>
    </message>
</context>
<context>
    <name>ck::FlowController</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pytanie %1 z %2</translation>
    </message>
    <message>
        <source>Your form could not be saved. Ask a member of staff.</source>
        <translation>Nie udało się zapisać formularza. Poproś o pomoc pracownika.</translation>
    </message>
</context>
<context>
    <name>ck::FlowParser</name>
    <message>
        <source>Unknown key &quot;%1&quot;. Check the spelling against docs/flows.md.</source>
        <translation>Nieznany klucz &quot;%1&quot;. Sprawdź pisownię w docs/flows.md.</translation>
    </message>
    <message>
        <source>This text is required.</source>
        <translation>Ten tekst jest wymagany.</translation>
    </message>
    <message>
        <source>Expected an object of translations, like {&quot;en&quot;: &quot;...&quot;}.</source>
        <translation>Oczekiwano obiektu z tłumaczeniami, na przykład {&quot;en&quot;: &quot;...&quot;}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code like &quot;en&quot; or &quot;cy&quot;.</source>
        <translation>&quot;%1&quot; nie jest kodem języka, takim jak &quot;en&quot; lub &quot;cy&quot;.</translation>
    </message>
    <message>
        <source>Expected a text that is not empty.</source>
        <translation>Oczekiwano niepustego tekstu.</translation>
    </message>
    <message>
        <source>There is no English (&quot;en&quot;) text. Every text needs one: it is shown when a translation is missing.</source>
        <translation>Brak tekstu angielskiego (&quot;en&quot;). Każdy tekst go potrzebuje: jest pokazywany, gdy brakuje tłumaczenia.</translation>
    </message>
    <message>
        <source>An id is required.</source>
        <translation>Wymagany jest identyfikator.</translation>
    </message>
    <message>
        <source>An id uses only lower-case letters, digits and dashes (at most 64).</source>
        <translation>Identyfikator może zawierać tylko małe litery, cyfry i myślniki (najwyżej 64).</translation>
    </message>
    <message>
        <source>Expected a whole number from 0 to 100000.</source>
        <translation>Oczekiwano liczby całkowitej od 0 do 100000.</translation>
    </message>
    <message>
        <source>A choice needs a list of at least one option.</source>
        <translation>Wybór wymaga listy z co najmniej jedną odpowiedzią.</translation>
    </message>
    <message>
        <source>Expected an option object {&quot;value&quot;, &quot;label&quot;}.</source>
        <translation>Oczekiwano obiektu odpowiedzi {&quot;value&quot;, &quot;label&quot;}.</translation>
    </message>
    <message>
        <source>An option needs a short &quot;value&quot; text.</source>
        <translation>Odpowiedź wymaga krótkiego tekstu &quot;value&quot;.</translation>
    </message>
    <message>
        <source>The option value &quot;%1&quot; is used twice.</source>
        <translation>Wartość odpowiedzi &quot;%1&quot; użyto dwa razy.</translation>
    </message>
    <message>
        <source>Every page needs a &quot;field&quot; object.</source>
        <translation>Każda strona wymaga obiektu &quot;field&quot;.</translation>
    </message>
    <message>
        <source>Unknown field type. Use one of: text, longtext, number, date, choice, multichoice, yesno, email, phone, postcode, postcode-address.</source>
        <translation>Nieznany typ pola. Użyj jednego z: text, longtext, number, date, choice, multichoice, yesno, email, phone, postcode, postcode-address.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Oczekiwano true lub false.</translation>
    </message>
    <message>
        <source>Only text and longtext fields have a length.</source>
        <translation>Tylko pola text i longtext mają długość.</translation>
    </message>
    <message>
        <source>maxLength must be at least 1.</source>
        <translation>maxLength musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <source>minLength is larger than maxLength.</source>
        <translation>minLength jest większe niż maxLength.</translation>
    </message>
    <message>
        <source>Only number fields have a minimum or maximum.</source>
        <translation>Tylko pola liczbowe mają minimum lub maksimum.</translation>
    </message>
    <message>
        <source>Expected a number.</source>
        <translation>Oczekiwano liczby.</translation>
    </message>
    <message>
        <source>min is larger than max.</source>
        <translation>min jest większe niż max.</translation>
    </message>
    <message>
        <source>wholeNumber is true or false, on number fields only.</source>
        <translation>wholeNumber to true lub false, tylko w polach liczbowych.</translation>
    </message>
    <message>
        <source>Only date fields have a dateRange.</source>
        <translation>Tylko pola daty mają dateRange.</translation>
    </message>
    <message>
        <source>dateRange is &quot;any&quot;, &quot;past&quot; or &quot;future&quot;.</source>
        <translation>dateRange to &quot;any&quot;, &quot;past&quot; lub &quot;future&quot;.</translation>
    </message>
    <message>
        <source>Only choice and multichoice fields have options.</source>
        <translation>Tylko pola choice i multichoice mają odpowiedzi do wyboru.</translation>
    </message>
    <message>
        <source>Expected {&quot;page&quot;: ..., &quot;equals&quot;: ...} or {&quot;page&quot;: ..., &quot;in&quot;: [...]}.</source>
        <translation>Oczekiwano {&quot;page&quot;: ..., &quot;equals&quot;: ...} lub {&quot;page&quot;: ..., &quot;in&quot;: [...]}.</translation>
    </message>
    <message>
        <source>showIf needs the id of the page it depends on.</source>
        <translation>showIf wymaga identyfikatora strony, od której zależy.</translation>
    </message>
    <message>
        <source>showIf needs exactly one of &quot;equals&quot; or &quot;in&quot;.</source>
        <translation>showIf wymaga dokładnie jednego z: &quot;equals&quot; lub &quot;in&quot;.</translation>
    </message>
    <message>
        <source>&quot;in&quot; needs a list of at least one value.</source>
        <translation>&quot;in&quot; wymaga listy z co najmniej jedną wartością.</translation>
    </message>
    <message>
        <source>showIf compares with texts, numbers or true/false.</source>
        <translation>showIf porównuje z tekstami, liczbami lub true/false.</translation>
    </message>
    <message>
        <source>Expected a page object.</source>
        <translation>Oczekiwano obiektu strony.</translation>
    </message>
    <message>
        <source>Unknown Open311 key. Use one of: %1.</source>
        <translation>Nieznany klucz Open311. Użyj jednego z: %1.</translation>
    </message>
    <message>
        <source>showIf refers to a page &quot;%1&quot; that does not exist.</source>
        <translation>showIf odwołuje się do nieistniejącej strony &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>showIf goes round in a circle (%1): these pages can never be shown.</source>
        <translation>showIf tworzy pętlę (%1): te strony nigdy nie zostaną pokazane.</translation>
    </message>
    <message>
        <source>showIf must depend on an earlier page, but &quot;%1&quot; comes later.</source>
        <translation>showIf musi zależeć od wcześniejszej strony, a &quot;%1&quot; jest później.</translation>
    </message>
    <message>
        <source>This page can never be shown: the page &quot;%1&quot; cannot have that answer.</source>
        <translation>Ta strona nigdy nie zostanie pokazana: strona &quot;%1&quot; nie może mieć takiej odpowiedzi.</translation>
    </message>
    <message>
        <source>This is not valid JSON (at character %1: %2).</source>
        <translation>To nie jest poprawny JSON (przy znaku %1: %2).</translation>
    </message>
    <message>
        <source>Expected a JSON object at the top.</source>
        <translation>Oczekiwano obiektu JSON na najwyższym poziomie.</translation>
    </message>
    <message>
        <source>This kiosk reads flow files with &quot;schema&quot;: %1.</source>
        <translation>Ten kiosk czyta pliki przepływów z &quot;schema&quot;: %1.</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of at least 1.</source>
        <translation>&quot;version&quot; musi być liczbą całkowitą nie mniejszą niż 1.</translation>
    </message>
    <message>
        <source>A &quot;destination&quot; object with a &quot;name&quot; is required.</source>
        <translation>Wymagany jest obiekt &quot;destination&quot; z polem &quot;name&quot;.</translation>
    </message>
    <message>
        <source>The destination name is a configured destination, like &quot;council&quot;.</source>
        <translation>Nazwa miejsca docelowego to skonfigurowane miejsce, na przykład &quot;council&quot;.</translation>
    </message>
    <message>
        <source>A flow needs a list of at least one page.</source>
        <translation>Przepływ wymaga listy z co najmniej jedną stroną.</translation>
    </message>
    <message>
        <source>The page id &quot;%1&quot; is used twice.</source>
        <translation>Identyfikator strony &quot;%1&quot; użyto dwa razy.</translation>
    </message>
    <message>
        <source>&quot;kind&quot; is &quot;form&quot; (questions, the default) or &quot;web&quot; (an online service).</source>
        <translation>&quot;kind&quot; to &quot;form&quot; (pytania, domyślnie) albo &quot;web&quot; (usługa internetowa).</translation>
    </message>
    <message>
        <source>A web service needs a &quot;url&quot; starting with https://.</source>
        <translation>Usługa internetowa wymaga &quot;url&quot; zaczynającego się od https://.</translation>
    </message>
    <message>
        <source>Flow texts are shown as they are written: write the number or word itself instead of %1 or %n.</source>
        <translation>Teksty przepływu są wyświetlane tak, jak zostały napisane: zamiast %1 lub %n wpisz samą liczbę albo słowo.</translation>
    </message>
    <message>
        <source>Expected an object of error messages, like {&quot;required&quot;: {&quot;en&quot;: &quot;Select which bin was missed&quot;}}.</source>
        <translation>Oczekiwano obiektu z komunikatami o błędach, na przykład {&quot;required&quot;: {&quot;en&quot;: &quot;Select which bin was missed&quot;}}.</translation>
    </message>
    <message>
        <source>This field never gives the error &quot;%1&quot;. It can give: %2.</source>
        <translation>To pole nigdy nie zgłasza błędu &quot;%1&quot;. Może zgłaszać: %2.</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; asks for an answer that can be personal (%2), so the flow needs a &quot;privacy&quot; block: who receives the answers (&quot;controller&quot;), why (&quot;purpose&quot;), how long they are kept (&quot;retention&quot;) and whether anything is published (&quot;published&quot;). See docs/flows.md.</source>
        <translation>Strona &quot;%1&quot; pyta o odpowiedź, która może zawierać dane osobowe (%2), więc przepływ potrzebuje bloku &quot;privacy&quot; (informacja o prywatności): kto otrzymuje odpowiedzi (&quot;controller&quot;), w jakim celu (&quot;purpose&quot;), jak długo są przechowywane (&quot;retention&quot;) i czy cokolwiek jest publikowane (&quot;published&quot;). Zobacz docs/flows.md.</translation>
    </message>
    <message>
        <source>Expected an object with &quot;controller&quot;, &quot;purpose&quot;, &quot;retention&quot; and &quot;published&quot;, each a translated text.</source>
        <translation>Oczekiwano obiektu z kluczami &quot;controller&quot;, &quot;purpose&quot;, &quot;retention&quot; i &quot;published&quot;, każdy z tekstem przetłumaczonym.</translation>
    </message>
</context>
<context>
    <name>ck::FlowSession</name>
    <message>
        <source>This question is not part of the service.</source>
        <translation>To pytanie nie należy do tej usługi.</translation>
    </message>
    <message>
        <source>This question does not apply to your answers.</source>
        <translation>To pytanie nie dotyczy twoich odpowiedzi.</translation>
    </message>
</context>
<context>
    <name>ck::JsonApiAdapter</name>
    <message>
        <source>The saved submission is not a JSON document; it cannot be sent.</source>
        <translation>Zapisane zgłoszenie nie jest dokumentem JSON; nie można go wysłać.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered %2 without the API&apos;s JSON (%3).</source>
        <translation>&quot;%1&quot; odpowiedział %2 bez JSON-a API (%3).</translation>
    </message>
    <message>
        <source>no serverReference</source>
        <translation>brak serverReference</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already holds different content under this submission&apos;s idempotency key (409).</source>
        <translation>&quot;%1&quot; ma już inną treść pod kluczem idempotencji tego zgłoszenia (409).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered unexpected HTTP %2.</source>
        <translation>&quot;%1&quot; odpowiedział nieoczekiwanym HTTP %2.</translation>
    </message>
    <message>
        <source>The JSON API has no endpoint for items of kind &quot;%1&quot;.</source>
        <translation>JSON API nie ma punktu końcowego dla elementów rodzaju &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ck::KeyStore</name>
    <message>
        <source>The credential %1 is missing from $CREDENTIALS_DIRECTORY.</source>
        <translation>Brak poświadczenia %1 w $CREDENTIALS_DIRECTORY.</translation>
    </message>
    <message>
        <source>The kiosk key must hold 32 bytes.</source>
        <translation>Klucz kiosku musi mieć 32 bajty.</translation>
    </message>
</context>
<context>
    <name>ck::KioskConfig</name>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: niepoprawny JSON w pozycji %2: %3</translation>
    </message>
    <message>
        <source>%1: the configuration must be a JSON object</source>
        <translation>%1: konfiguracja musi być obiektem JSON</translation>
    </message>
    <message>
        <source>use 1 to 64 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>użyj od 1 do 64 liter, cyfr, &apos;.&apos;, &apos;-&apos; lub &apos;_&apos;</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>musi być ścieżką bezwzględną</translation>
    </message>
    <message>
        <source>at least one language is needed</source>
        <translation>potrzebny jest co najmniej jeden język</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>&quot;%1&quot; nie jest kodem języka</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the configured languages</source>
        <translation>&quot;%1&quot; nie należy do skonfigurowanych języków</translation>
    </message>
    <message>
        <source>must be shorter than idleTimeoutSec</source>
        <translation>musi być krótsze niż idleTimeoutSec</translation>
    </message>
    <message>
        <source>%1: cannot read the configuration: %2</source>
        <translation>%1: nie można odczytać konfiguracji: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large for a configuration</source>
        <translation>%1: plik jest za duży jak na konfigurację</translation>
    </message>
</context>
<context>
    <name>ck::MetricsWriter</name>
    <message>
        <source>Invalid metric name, label or increment: %1</source>
        <translation>Niepoprawna nazwa metryki, etykieta lub przyrost: %1</translation>
    </message>
    <message>
        <source>Cannot write the metrics file %1: %2</source>
        <translation>Nie można zapisać pliku metryk %1: %2</translation>
    </message>
</context>
<context>
    <name>ck::Open311Adapter</name>
    <message>
        <source>The saved submission has no Open311 service code; it cannot be sent.</source>
        <translation>Zapisane zgłoszenie nie ma kodu usługi Open311; nie można go wysłać.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered with a web page instead of Open311 (captive portal?).</source>
        <translation>&quot;%1&quot; odpowiedział stroną internetową zamiast Open311 (portal logowania?).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered with malformed Open311 JSON (%2).</source>
        <translation>&quot;%1&quot; odpowiedział błędnym JSON-em Open311 (%2).</translation>
    </message>
    <message>
        <source>not a request list</source>
        <translation>to nie jest lista zgłoszeń</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered without a request id or token.</source>
        <translation>&quot;%1&quot; odpowiedział bez identyfikatora zgłoszenia ani tokenu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered unexpected HTTP %2.</source>
        <translation>&quot;%1&quot; odpowiedział nieoczekiwanym HTTP %2.</translation>
    </message>
    <message>
        <source>Open311 carries service requests only, not items of kind &quot;%1&quot;.</source>
        <translation>Open311 przenosi tylko zgłoszenia usług, a nie elementy rodzaju &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ck::Open311Document</name>
    <message>
        <source>The answer is not an Open311 document.</source>
        <translation>Odpowiedź nie jest dokumentem Open311.</translation>
    </message>
</context>
<context>
    <name>ck::Open311Documents</name>
    <message>
        <source>services.json is not a list of services.</source>
        <translation>services.json nie jest listą usług.</translation>
    </message>
    <message>
        <source>Service %1 in the list has no service_code.</source>
        <translation>Usługa %1 na liście nie ma service_code.</translation>
    </message>
    <message>
        <source>The service definition is not an object.</source>
        <translation>Definicja usługi nie jest obiektem.</translation>
    </message>
    <message>
        <source>&quot;attributes&quot; is not a list.</source>
        <translation>&quot;attributes&quot; nie jest listą.</translation>
    </message>
    <message>
        <source>Attribute %1 has no code.</source>
        <translation>Atrybut %1 nie ma kodu.</translation>
    </message>
</context>
<context>
    <name>ck::Open311FlowBuilder</name>
    <message>
        <source>The council&apos;s system fills this in by itself (hidden_field), and it is required: a kiosk cannot know it.</source>
        <translation>System urzędu wypełnia to sam (hidden_field) i jest to wymagane: kiosk nie może tego wiedzieć.</translation>
    </message>
    <message>
        <source>The datatype &quot;%1&quot; is not one the kiosk can ask for.</source>
        <translation>Kiosk nie może pytać o typ danych &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The question has no description; give it one in the overlay (pages.%1.question).</source>
        <translation>Pytanie nie ma opisu; dodaj go w nakładce (pages.%1.question).</translation>
    </message>
    <message>
        <source>A list question with no values to choose from.</source>
        <translation>Pytanie z listą bez wartości do wyboru.</translation>
    </message>
    <message>
        <source>It is shown under conditions the kiosk cannot follow; give it a showIf in the overlay.</source>
        <translation>Jest pokazywane pod warunkami, których kiosk nie obsługuje; dodaj showIf w nakładce.</translation>
    </message>
    <message>
        <source>pages.%1: the council&apos;s definition has no attribute &quot;%1&quot;.</source>
        <translation>pages.%1: definicja urzędu nie ma atrybutu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The flow made from it is refused: %1: %2</source>
        <translation>Utworzony z niej formularz został odrzucony: %1: %2</translation>
    </message>
</context>
<context>
    <name>ck::Outbox</name>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>Nie można utworzyć folderu danych %1.</translation>
    </message>
    <message>
        <source>The submission is incomplete and was not saved.</source>
        <translation>Zgłoszenie jest niepełne i nie zostało zapisane.</translation>
    </message>
    <message>
        <source>A submission with this reference is already saved.</source>
        <translation>Zgłoszenie z tym numerem jest już zapisane.</translation>
    </message>
    <message>
        <source>No such outbox entry.</source>
        <translation>Nie ma takiego wpisu w skrzynce nadawczej.</translation>
    </message>
    <message>
        <source>The content of this entry was deleted after delivery.</source>
        <translation>Treść tego wpisu usunięto po dostarczeniu.</translation>
    </message>
    <message>
        <source>Outbox entry %1 is not being sent any more.</source>
        <translation>Wpis %1 w skrzynce nadawczej nie jest już wysyłany.</translation>
    </message>
    <message>
        <source>No submission with this reference on this kiosk.</source>
        <translation>W tym kiosku nie ma zgłoszenia z tym numerem.</translation>
    </message>
    <message>
        <source>Only waiting or rejected entries can be retried (entry %1).</source>
        <translation>Ponowić można tylko wpisy oczekujące lub odrzucone (wpis %1).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <source>The dead letter %1 could not be written: %2</source>
        <translation>Nie udało się zapisać martwego listu %1: %2</translation>
    </message>
    <message>
        <source>The outbox database was damaged and has been moved to %1. A new, empty outbox was started; submissions in the damaged file were not sent. Contact support to recover them.</source>
        <translation>Baza skrzynki nadawczej była uszkodzona i przeniesiono ją do %1. Utworzono nową, pustą skrzynkę; zgłoszenia z uszkodzonego pliku nie zostały wysłane. Skontaktuj się z pomocą techniczną, aby je odzyskać.</translation>
    </message>
    <message>
        <source>Only waiting entries can be discarded (entry %1 is %2).</source>
        <translation>Odrzucić można tylko oczekujące wpisy (wpis %1 ma stan %2).</translation>
    </message>
    <message>
        <source>The reference counter could not be read.</source>
        <translation>Nie udało się odczytać licznika numerów referencyjnych.</translation>
    </message>
    <message>
        <source>The outbox has schema version %1 and this program reads version %2: start the kiosk (or run a command that changes the outbox) once to bring it up to date.</source>
        <translation>Skrzynka nadawcza ma schemat w wersji %1, a ten program odczytuje wersję %2: uruchom raz kiosk (albo polecenie, które zmienia skrzynkę nadawczą), aby ją zaktualizować.</translation>
    </message>
    <message>
        <source>The outbox is open for reading only.</source>
        <translation>Skrzynka nadawcza jest otwarta tylko do odczytu.</translation>
    </message>
    <message>
        <source>The kiosk key is not available.</source>
        <translation>Klucz kiosku jest niedostępny.</translation>
    </message>
    <message>
        <source>Sealed under another kiosk key (%1); this kiosk has key %2. It stays queued: put key %1 back where the kiosk looks for its key and it will be delivered.</source>
        <translation>Zaszyfrowano innym kluczem kiosku (%1); ten kiosk ma klucz %2. Zgłoszenie czeka w kolejce: umieść klucz %1 z powrotem tam, gdzie kiosk szuka swojego klucza, a zostanie wysłane.</translation>
    </message>
    <message>
        <source>Only the holder of the delivery lock may put interrupted deliveries back.</source>
        <translation>Tylko posiadacz blokady wysyłania może przywrócić przerwane wysyłki do kolejki.</translation>
    </message>
    <message>
        <source>Outbox entry %1 no longer waits for its request id.</source>
        <translation>Wpis %1 w skrzynce nadawczej nie czeka już na numer zgłoszenia.</translation>
    </message>
    <message>
        <source>Your form could not be saved because the kiosk is nearly full. Ask a member of staff for help.</source>
        <translation>Nie udało się zapisać formularza, bo kiosk jest prawie pełny. Poproś o pomoc pracownika.</translation>
    </message>
</context>
<context>
    <name>ck::OutboxSchema</name>
    <message>
        <source>The outbox database cannot use write-ahead logging.</source>
        <translation>Baza skrzynki nadawczej nie może używać dziennika zapisu z wyprzedzeniem (WAL).</translation>
    </message>
    <message>
        <source>The outbox was written by a newer version (schema %1); this version understands up to %2.</source>
        <translation>Skrzynkę nadawczą zapisała nowsza wersja (schemat %1); ta wersja rozumie najwyżej %2.</translation>
    </message>
</context>
<context>
    <name>ck::ReadAloud</name>
    <message>
        <source>The choices are:</source>
        <translation>Do wyboru są:</translation>
    </message>
    <message>
        <source>Your answer is:</source>
        <translation>Twoja odpowiedź to:</translation>
    </message>
    <message>
        <source>You have given an answer. Use headphones to hear it.</source>
        <translation>Odpowiedź jest już wpisana. Użyj słuchawek, aby ją usłyszeć.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
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
        <translation>Spacja</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>W lewo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>W prawo</translation>
    </message>
    <message>
        <source>Read aloud is not available on this kiosk.</source>
        <translation>Czytanie na głos nie jest dostępne w tym kiosku.</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language yet.</source>
        <translation>Czytanie na głos nie jest jeszcze dostępne w tym języku.</translation>
    </message>
    <message>
        <source>Read aloud is briefly unavailable. Try again in a moment.</source>
        <translation>Czytanie na głos jest przez chwilę niedostępne. Spróbuj ponownie za moment.</translation>
    </message>
</context>
<context>
    <name>ck::RemoteView</name>
    <message>
        <source>Remote view of kiosk %1 at %2: grey boxes are hidden for privacy.</source>
        <translation>Zdalny podgląd kiosku %1 o %2: szare pola są ukryte ze względu na prywatność.</translation>
    </message>
</context>
<context>
    <name>ck::RemoteViewCapture</name>
    <message>
        <source>The kiosk window is not on screen.</source>
        <translation>Okno kiosku nie jest widoczne na ekranie.</translation>
    </message>
    <message>
        <source>The kiosk window could not be rendered.</source>
        <translation>Nie udało się narysować okna kiosku.</translation>
    </message>
</context>
<context>
    <name>ck::ServiceCatalogue</name>
    <message>
        <source>The services folder does not exist.</source>
        <translation>Folder usług nie istnieje.</translation>
    </message>
    <message>
        <source>The file is larger than 1 MB.</source>
        <translation>Plik jest większy niż 1 MB.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Nie można odczytać pliku: %1</translation>
    </message>
    <message>
        <source>The service id &quot;%1&quot; is already used by %2.</source>
        <translation>Identyfikator usługi &quot;%1&quot; jest już używany przez %2.</translation>
    </message>
    <message>
        <source>The address is not on this kiosk&apos;s web allow-list (%1).</source>
        <translation>Tego adresu nie ma na liście dozwolonych stron tego kiosku (%1).</translation>
    </message>
</context>
<context>
    <name>ck::ServiceDiscovery</name>
    <message>
        <source>services.json was refused: %1</source>
        <translation>Odrzucono services.json: %1</translation>
    </message>
    <message>
        <source>%1 The last definition pulled is kept.</source>
        <translation>%1 Zachowano ostatnio pobraną definicję.</translation>
    </message>
    <message>
        <source>%1 The last good definition is offered until it is fixed.</source>
        <translation>%1 Do czasu naprawy oferowana jest ostatnia poprawna definicja.</translation>
    </message>
</context>
<context>
    <name>ck::ServiceOverlay</name>
    <message>
        <source>This is not a JSON object (%1).</source>
        <translation>To nie jest obiekt JSON (%1).</translation>
    </message>
    <message>
        <source>An overlay has &quot;schema&quot;: 1.</source>
        <translation>Nakładka ma &quot;schema&quot;: 1.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Oczekiwano true lub false.</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Oczekiwano obiektu.</translation>
    </message>
    <message>
        <source>Expected {&quot;page&quot;: ..., &quot;equals&quot;: ...} or {&quot;page&quot;: ..., &quot;in&quot;: [...]}.</source>
        <translation>Oczekiwano {&quot;page&quot;: ..., &quot;equals&quot;: ...} lub {&quot;page&quot;: ..., &quot;in&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Expected an object with &quot;controller&quot;, &quot;purpose&quot;, &quot;retention&quot; and &quot;published&quot;, each a translated text.</source>
        <translation>Oczekiwano obiektu z kluczami &quot;controller&quot;, &quot;purpose&quot;, &quot;retention&quot; i &quot;published&quot;, każdy z tekstem przetłumaczonym.</translation>
    </message>
</context>
<context>
    <name>ck::SyncEngine</name>
    <message>
        <source>Delivery interrupted.</source>
        <translation>Dostarczanie przerwane.</translation>
    </message>
    <message>
        <source>No usable destination &quot;%1&quot; is configured.</source>
        <translation>Nie skonfigurowano użytecznego miejsca docelowego &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) were saved under another kiosk key and wait for it (civic-kioskctl status shows which key).</source>
        <translation>
            <numerusform>%n formularz zapisano innym kluczem kiosku i czeka na niego (civic-kioskctl status pokazuje, który to klucz).</numerusform>
            <numerusform>%n formularze zapisano innym kluczem kiosku i czekają na niego (civic-kioskctl status pokazuje, który to klucz).</numerusform>
            <numerusform>%n formularzy zapisano innym kluczem kiosku i czekają na niego (civic-kioskctl status pokazuje, który to klucz).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ck::SystemdNotifier</name>
    <message>
        <source>NOTIFY_SOCKET is not a usable socket address.</source>
        <translation>NOTIFY_SOCKET nie jest użytecznym adresem gniazda.</translation>
    </message>
    <message>
        <source>Cannot create a notification socket: %1</source>
        <translation>Nie można utworzyć gniazda powiadomień: %1</translation>
    </message>
    <message>
        <source>Cannot notify systemd: %1</source>
        <translation>Nie można powiadomić systemd: %1</translation>
    </message>
</context>
<context>
    <name>ck::sqlite::Database</name>
    <message>
        <source>The outbox database is damaged (%1).</source>
        <translation>Baza skrzynki nadawczej jest uszkodzona (%1).</translation>
    </message>
    <message>
        <source>The outbox database is busy (%1).</source>
        <translation>Baza skrzynki nadawczej jest zajęta (%1).</translation>
    </message>
    <message>
        <source>The outbox database cannot be written (%1).</source>
        <translation>Nie można zapisywać do bazy skrzynki nadawczej (%1).</translation>
    </message>
    <message>
        <source>The outbox database could not be read or written (%1).</source>
        <translation>Nie udało się odczytać ani zapisać bazy skrzynki nadawczej (%1).</translation>
    </message>
    <message>
        <source>The outbox refused inconsistent data (%1).</source>
        <translation>Skrzynka nadawcza odrzuciła niespójne dane (%1).</translation>
    </message>
    <message>
        <source>Outbox database error %1 (%2).</source>
        <translation>Błąd bazy skrzynki nadawczej %1 (%2).</translation>
    </message>
    <message>
        <source>The kiosk is full and could not save your form. Ask a member of staff.</source>
        <translation>Kiosk jest pełny i nie udało się zapisać formularza. Poproś o pomoc pracownika.</translation>
    </message>
</context>
<context>
    <name>ck::sqlite::Transaction</name>
    <message>
        <source>The transaction is already finished.</source>
        <translation>Transakcja jest już zakończona.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--after-ms needs a number of milliseconds.</source>
        <translation>--after-ms wymaga liczby milisekund.</translation>
    </message>
    <message>
        <source>--exit-after-ms needs a number of milliseconds.</source>
        <translation>--exit-after-ms wymaga liczby milisekund.</translation>
    </message>
    <message>
        <source>Could not grab the window.</source>
        <translation>Nie udało się przechwycić okna.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Nie udało się zapisać %1.</translation>
    </message>
</context>
</TS>
