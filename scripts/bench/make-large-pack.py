#!/usr/bin/env python3
"""Writes a large synthetic Oberih lesson pack, for benchmarks only.

    python3 scripts/bench/make-large-pack.py OUTPUT.xml [--size 5MB] [--seed 1]
                                            [--verified YYYY-MM-DD]

The pack is valid: `oberih validate --strict` reports it VALID without warnings and
`xmllint --noout --schema Curriculum/schema/pack-1.xsd` accepts it. It is written in
three languages (en, uk, ru) and uses every step kind of docs/pack-format.md across many
lessons, a pre-test and a post-test on the same objectives, surveys before and after on
the same constructs, and support contacts with a source and a verification date.

The output depends only on --seed, --size and --verified (default: today's date in UTC,
so that the contacts are never stale). Lessons are added until the file reaches the
requested size, so the result is at most one lesson (about 60 KB) above it; the
assessments alone take about 230 KB, the smallest pack it writes.

The text is synthetic: sentences are drawn from small parallel phrase banks. It is not
curriculum content and must never be shown to learners.

Standard library only.
"""

import argparse
import datetime
import random
import re
import sys
from xml.sax.saxutils import escape

LANGS = ("en", "uk", "ru")
PACK_NS = "urn:oberih:pack:1"

# ----------------------------------------------------------------------------- phrase banks
# Every entry is (en, uk, ru). "{n}" is replaced by a fictional name, always as the subject
# in the nominative, so that no Ukrainian or Russian declension is needed.

NAMES = [
    ("Alex", "Олекса", "Алекс"),
    ("Mira", "Міра", "Мира"),
    ("Taras", "Тарас", "Тарас"),
    ("Dana", "Дана", "Дана"),
    ("Ilya", "Ілля", "Илья"),
    ("Sofia", "Софія", "София"),
    ("Max", "Макс", "Макс"),
    ("Nika", "Ніка", "Ника"),
]

SENTENCES = [
    ("A strong password is long and is not used for any other account.",
     "Надійний пароль довгий і не використовується для жодного іншого акаунта.",
     "Надёжный пароль длинный и не используется ни для одного другого аккаунта."),
    ("Privacy settings decide who can see your posts, your friends list and your location.",
     "Налаштування приватності визначають, хто бачить твої дописи, список друзів і місцезнаходження.",
     "Настройки приватности определяют, кто видит твои публикации, список друзей и местоположение."),
    ("A person you only know online may not be who they say they are.",
     "Людина, яку ти знаєш лише в інтернеті, може бути не тією, за кого себе видає.",
     "Человек, которого ты знаешь только в интернете, может быть не тем, за кого себя выдаёт."),
    ("You can block an account at any time, and in most apps the other person is not told.",
     "Ти можеш будь-коли заблокувати акаунт, і в більшості застосунків ця людина про це не дізнається.",
     "Ты можешь в любой момент заблокировать аккаунт, и в большинстве приложений этот человек об этом не узнает."),
    ("A screenshot keeps a record of what was said, even if the message is deleted later.",
     "Знімок екрана зберігає те, що було написано, навіть якщо повідомлення потім видалять.",
     "Скриншот сохраняет то, что было написано, даже если сообщение потом удалят."),
    ("Most apps have a button to report a message, a profile or a post.",
     "У більшості застосунків є кнопка, щоб поскаржитися на повідомлення, профіль чи допис.",
     "В большинстве приложений есть кнопка, чтобы пожаловаться на сообщение, профиль или публикацию."),
    ("A trusted adult can be a parent, a teacher, a school psychologist or a coach.",
     "Дорослим, якому довіряєш, може бути хтось із батьків, учитель, шкільний психолог або тренер.",
     "Взрослым, которому доверяешь, может быть кто-то из родителей, учитель, школьный психолог или тренер."),
    ("Helplines for children are free, and you do not have to give your name.",
     "Дитячі лінії допомоги безкоштовні, і називати своє ім’я не обов’язково.",
     "Детские линии помощи бесплатны, и называть своё имя не обязательно."),
    ("Someone who asks you to keep a secret from your parents is showing a warning sign.",
     "Якщо хтось просить тебе зберігати таємницю від батьків, це тривожний знак.",
     "Если кто-то просит тебя хранить секрет от родителей, это тревожный знак."),
    ("Photos can carry hidden information, such as the place where they were taken.",
     "Фотографії можуть містити приховані дані, наприклад місце, де їх зроблено.",
     "Фотографии могут содержать скрытые данные, например место, где они сделаны."),
    ("Once something is shared online, it is hard to take it back.",
     "Те, чим поділилися в інтернеті, важко повернути назад.",
     "То, чем поделились в интернете, трудно вернуть обратно."),
    ("Two-step verification makes it much harder for someone else to get into your account.",
     "Двоетапна перевірка значно ускладнює чужий вхід у твій акаунт.",
     "Двухэтапная проверка сильно затрудняет чужой вход в твой аккаунт."),
    ("If a message makes you feel uneasy, you can stop replying straight away.",
     "Якщо повідомлення викликає в тебе тривогу, можна одразу перестати відповідати.",
     "Если сообщение вызывает у тебя тревогу, можно сразу перестать отвечать."),
    ("Responsibility always lies with the person who causes harm.",
     "Відповідальність завжди лежить на тому, хто завдає шкоди.",
     "Ответственность всегда лежит на том, кто причиняет вред."),
    ("Friends can help by staying close, not sharing the post further and telling an adult.",
     "Друзі можуть допомогти: бути поруч, не поширювати допис і розповісти дорослому.",
     "Друзья могут помочь: быть рядом, не распространять публикацию и рассказать взрослому."),
    ("A public profile can be seen by anyone, including people you have never met.",
     "Публічний профіль може побачити будь-хто, зокрема люди, яких ти ніколи не бачив.",
     "Публичный профиль может увидеть кто угодно, в том числе люди, которых ты никогда не видел."),
    ("Links in unexpected messages can lead to fake login pages.",
     "Посилання в несподіваних повідомленнях можуть вести на підроблені сторінки входу.",
     "Ссылки в неожиданных сообщениях могут вести на поддельные страницы входа."),
    ("Nobody from a real support service will ask for your password.",
     "Жодна справжня служба підтримки не попросить твій пароль.",
     "Ни одна настоящая служба поддержки не попросит твой пароль."),
    ("It is fine to say no, even to someone you like.",
     "Можна сказати «ні», навіть людині, яка тобі подобається.",
     "Можно сказать «нет», даже человеку, который тебе нравится."),
    ("Gifts or game currency from a stranger can be a way to build pressure later.",
     "Подарунки чи ігрова валюта від незнайомця можуть згодом стати способом тиску.",
     "Подарки или игровая валюта от незнакомца могут позже стать способом давления."),
    ("Location sharing can be turned off in the settings of the phone and of each app.",
     "Передавання геолокації можна вимкнути в налаштуваннях телефона і кожного застосунку.",
     "Передачу геолокации можно отключить в настройках телефона и каждого приложения."),
    ("Talking about what happened often makes it easier to cope.",
     "Розмова про те, що сталося, часто допомагає впоратися.",
     "Разговор о том, что случилось, часто помогает справиться."),
    ("Threats and blackmail online are taken seriously by the police.",
     "Погрози й шантаж в інтернеті поліція сприймає серйозно.",
     "Угрозы и шантаж в интернете полиция воспринимает серьёзно."),
    ("Checking your settings once a month takes only a few minutes.",
     "Перевірка налаштувань раз на місяць займає лише кілька хвилин.",
     "Проверка настроек раз в месяц занимает всего несколько минут."),
    ("A group chat can include people you do not know well.",
     "У груповому чаті можуть бути люди, яких ти погано знаєш.",
     "В групповом чате могут быть люди, которых ты плохо знаешь."),
    ("You decide what to share about yourself, and you can change your mind.",
     "Ти вирішуєш, чим ділитися про себе, і можеш передумати.",
     "Ты решаешь, чем делиться о себе, и можешь передумать."),
]

TOPICS = [
    ("Passwords", "Паролі", "Пароли"),
    ("Privacy settings", "Налаштування приватності", "Настройки приватности"),
    ("Strangers online", "Незнайомці в інтернеті", "Незнакомцы в интернете"),
    ("Photos and location", "Фото і геолокація", "Фото и геолокация"),
    ("Reporting and blocking", "Скарги і блокування", "Жалобы и блокировка"),
    ("Phishing", "Фішинг", "Фишинг"),
    ("Group chats", "Групові чати", "Групповые чаты"),
    ("Getting help", "Де шукати допомогу", "Где искать помощь"),
    ("Games and gifts", "Ігри та подарунки", "Игры и подарки"),
    ("Digital footprint", "Цифровий слід", "Цифровой след"),
]

OBJECTIVES = [
    ("Make a strong, unique password", "Створювати надійний унікальний пароль",
     "Создавать надёжный уникальный пароль"),
    ("Set a profile to private", "Робити профіль закритим", "Делать профиль закрытым"),
    ("Recognise warning signs in a new contact", "Розпізнавати тривожні знаки в новому контакті",
     "Распознавать тревожные признаки в новом контакте"),
    ("Remove location data from photos", "Прибирати геодані з фотографій",
     "Удалять геоданные с фотографий"),
    ("Block and report an account", "Блокувати акаунт і скаржитися на нього",
     "Блокировать аккаунт и жаловаться на него"),
    ("Spot a phishing message", "Помічати фішингові повідомлення", "Замечать фишинговые сообщения"),
    ("Keep a record with screenshots", "Зберігати докази за допомогою знімків екрана",
     "Сохранять доказательства с помощью скриншотов"),
    ("Name a trusted adult", "Називати дорослого, якому довіряєш", "Называть взрослого, которому доверяешь"),
    ("Find a helpline", "Знаходити лінію допомоги", "Находить линию помощи"),
    ("Support a friend", "Підтримувати друга чи подругу", "Поддерживать друга или подругу"),
    ("Turn on two-step verification", "Вмикати двоетапну перевірку", "Включать двухэтапную проверку"),
    ("Say no to pressure", "Казати «ні» тиску", "Говорить «нет» давлению"),
]

CONSTRUCT_KINDS = ["awareness", "saliency", "attitudes", "intentions", "norms"]
CONSTRUCT_TEXTS = {
    "awareness": [("Knowing the privacy settings", "Знання налаштувань приватності",
                   "Знание настроек приватности"),
                  ("Knowing where to get help", "Знання, де шукати допомогу", "Знание, где искать помощь")],
    "saliency": [("How much privacy matters", "Наскільки важлива приватність", "Насколько важна приватность"),
                 ("How much account safety matters", "Наскільки важлива безпека акаунта",
                  "Насколько важна безопасность аккаунта")],
    "attitudes": [("Views on blocking", "Ставлення до блокування", "Отношение к блокировке"),
                  ("Views on asking for help", "Ставлення до звернення по допомогу",
                   "Отношение к обращению за помощью")],
    "intentions": [("Intention to tell an adult", "Намір розповісти дорослому", "Намерение рассказать взрослому"),
                   ("Intention to check settings", "Намір перевіряти налаштування",
                    "Намерение проверять настройки")],
    "norms": [("What peers do about privacy", "Що роблять однолітки щодо приватності",
               "Что делают сверстники насчёт приватности"),
              ("What peers think of reporting", "Що однолітки думають про скарги",
               "Что сверстники думают о жалобах")],
}

LIKERT = {
    "awareness": [
        ("I know how to make my profile private.", "Я знаю, як зробити свій профіль закритим.",
         "Я знаю, как сделать свой профиль закрытым."),
        ("I know where to report a message that worries me.",
         "Я знаю, куди поскаржитися на повідомлення, яке мене турбує.",
         "Я знаю, куда пожаловаться на сообщение, которое меня беспокоит."),
        ("I know how to turn off location sharing.", "Я знаю, як вимкнути передавання геолокації.",
         "Я знаю, как отключить передачу геолокации."),
    ],
    "saliency": [
        ("Keeping my address private matters to me.", "Для мене важливо, щоб моя адреса залишалася приватною.",
         "Для меня важно, чтобы мой адрес оставался в тайне."),
        ("I often think about who can see my posts.", "Я часто думаю про те, хто бачить мої дописи.",
         "Я часто думаю о том, кто видит мои публикации."),
    ],
    "attitudes": [
        ("It is fine to block someone who makes me feel uneasy.",
         "Заблокувати людину, через яку мені тривожно, — це нормально.",
         "Заблокировать человека, из-за которого мне тревожно, — это нормально."),
        ("Asking an adult for help is a sensible thing to do.", "Попросити дорослого про допомогу — це розумно.",
         "Попросить взрослого о помощи — это разумно."),
    ],
    "intentions": [
        ("If someone online asks me to keep a secret, I will tell an adult.",
         "Якщо хтось в інтернеті попросить мене зберегти таємницю, я розповім дорослому.",
         "Если кто-то в интернете попросит меня сохранить секрет, я расскажу взрослому."),
        ("This month I will check my privacy settings.", "Цього місяця я перевірю свої налаштування приватності.",
         "В этом месяце я проверю свои настройки приватности."),
    ],
    "norms": [
        ("Most people my age check their privacy settings.",
         "Більшість моїх однолітків перевіряють свої налаштування приватності.",
         "Большинство моих сверстников проверяют свои настройки приватности."),
        ("My friends would support me if I reported someone.",
         "Мої друзі підтримали б мене, якби я поскаржився чи поскаржилася на когось.",
         "Мои друзья поддержали бы меня, если бы я пожаловался или пожаловалась на кого-то."),
    ],
}
LIKERT_REVERSED = [
    ("Sharing my location with everyone is no big deal.", "Ділитися геолокацією з усіма — нічого страшного.",
     "Делиться геолокацией со всеми — ничего страшного."),
    ("Passwords are not worth the trouble.", "Паролі не варті зусиль.", "Пароли не стоят усилий."),
]
LIKERT_LOW = ("Strongly disagree", "Зовсім не погоджуюся", "Совсем не соглашаюсь")
LIKERT_HIGH = ("Strongly agree", "Цілком погоджуюся", "Полностью соглашаюсь")

# (prompt, correct option, wrong options)
SINGLE_CHOICE = [
    (("What is the safest first step when someone you met online asks for your address?",
      "Який перший крок найбезпечніший, коли інтернет-знайомий питає твою адресу?",
      "Какой первый шаг самый безопасный, когда интернет-знакомый спрашивает твой адрес?"),
     ("Do not answer and tell a trusted adult", "Не відповідати й розповісти дорослому, якому довіряєш",
      "Не отвечать и рассказать взрослому, которому доверяешь"),
     [("Give only the name of the street", "Назвати тільки вулицю", "Назвать только улицу"),
      ("Ask why they want to know", "Запитати, навіщо це їм", "Спросить, зачем им это"),
      ("Send it in a private message", "Надіслати в особистому повідомленні", "Отправить в личном сообщении")]),
    (("Which password is the strongest?", "Який пароль найнадійніший?", "Какой пароль самый надёжный?"),
     ("A long phrase of four unrelated words", "Довга фраза з чотирьох не пов’язаних слів",
      "Длинная фраза из четырёх не связанных слов"),
     [("The name of your pet", "Кличка твого улюбленця", "Кличка твоего питомца"),
      ("The numbers 123456", "Цифри 123456", "Цифры 123456"),
      ("Your name and year of birth", "Твоє ім’я і рік народження", "Твоё имя и год рождения")]),
    (("What does blocking an account do?", "Що робить блокування акаунта?", "Что делает блокировка аккаунта?"),
     ("It stops that account from contacting you", "Цей акаунт більше не може з тобою зв’язатися",
      "Этот аккаунт больше не может с тобой связаться"),
     [("It deletes their account", "Видаляє їхній акаунт", "Удаляет их аккаунт"),
      ("It sends a warning to the police", "Надсилає попередження в поліцію", "Отправляет предупреждение в полицию"),
      ("It shares your messages with the app", "Передає твої повідомлення застосунку",
       "Передаёт твои сообщения приложению")]),
    (("A message says your account will be closed unless you log in through a link. What is it most likely?",
      "У повідомленні сказано, що акаунт закриють, якщо не увійти за посиланням. Що це найімовірніше?",
      "В сообщении сказано, что аккаунт закроют, если не войти по ссылке. Что это скорее всего?"),
     ("A phishing attempt", "Спроба фішингу", "Попытка фишинга"),
     [("A real warning from the app", "Справжнє попередження від застосунку", "Настоящее предупреждение от приложения"),
      ("A message from a friend", "Повідомлення від друга", "Сообщение от друга"),
      ("A game update", "Оновлення гри", "Обновление игры")]),
    (("Which setting keeps your posts visible only to people you accept?",
      "Яке налаштування показує твої дописи лише тим, кого ти додаєш?",
      "Какая настройка показывает твои публикации только тем, кого ты добавляешь?"),
     ("A private profile", "Закритий профіль", "Закрытый профиль"),
     [("A public profile", "Відкритий профіль", "Открытый профиль"),
      ("Location sharing", "Передавання геолокації", "Передача геолокации"),
      ("Automatic tagging", "Автоматичні позначки", "Автоматические отметки")]),
    (("What is worth keeping before you block someone who threatens you?",
      "Що варто зберегти, перш ніж блокувати того, хто тобі погрожує?",
      "Что стоит сохранить, прежде чем блокировать того, кто тебе угрожает?"),
     ("Screenshots of the messages", "Знімки екрана з повідомленнями", "Скриншоты сообщений"),
     [("Nothing at all", "Нічого", "Ничего"),
      ("Only your own replies", "Лише власні відповіді", "Только собственные ответы"),
      ("The gifts they sent", "Подарунки, які вони надіслали", "Подарки, которые они прислали")]),
]

# (prompt, correct options, wrong options)
MULTIPLE_CHOICE = [
    (("Who can you turn to for help?", "До кого можна звернутися по допомогу?", "К кому можно обратиться за помощью?"),
     [("A trusted adult", "До дорослого, якому довіряєш", "К взрослому, которому доверяешь"),
      ("A helpline", "На лінію допомоги", "На линию помощи"),
      ("A school psychologist", "До шкільного психолога", "К школьному психологу")],
     [("The person who sent the threat", "До того, хто надіслав погрозу", "К тому, кто прислал угрозу"),
      ("A random account in the comments", "До випадкового акаунта в коментарях", "К случайному аккаунту в комментариях")]),
    (("Which details are best kept private?", "Які дані краще тримати в таємниці?", "Какие данные лучше держать в тайне?"),
     [("Your home address", "Домашню адресу", "Домашний адрес"),
      ("Your password", "Пароль", "Пароль"),
      ("Your school timetable", "Розклад уроків", "Расписание уроков")],
     [("Your favourite colour", "Улюблений колір", "Любимый цвет"),
      ("A book you like", "Книжку, яка тобі подобається", "Книгу, которая тебе нравится")]),
    (("Which are warning signs in a new online contact?",
      "Що є тривожними знаками в новому інтернет-знайомстві?",
      "Что является тревожными признаками в новом интернет-знакомстве?"),
     [("They ask to keep the chat secret", "Просить тримати листування в таємниці",
       "Просит держать переписку в тайне"),
      ("They offer gifts for no reason", "Пропонує подарунки без причини", "Предлагает подарки без причины"),
      ("They want to move to a private app", "Хоче перейти в закритий застосунок", "Хочет перейти в закрытое приложение")],
     [("They like the same game", "Любить ту саму гру", "Любит ту же игру"),
      ("They reply in the group chat", "Відповідає в груповому чаті", "Отвечает в групповом чате")]),
    (("What helps protect an account?", "Що допомагає захистити акаунт?", "Что помогает защитить аккаунт?"),
     [("Two-step verification", "Двоетапна перевірка", "Двухэтапная проверка"),
      ("A unique password", "Унікальний пароль", "Уникальный пароль"),
      ("Logging out on shared devices", "Вихід з акаунта на спільних пристроях", "Выход из аккаунта на общих устройствах")],
     [("Sharing the password with a best friend", "Пароль, відомий найкращому другові",
       "Пароль, известный лучшему другу"),
      ("The same password everywhere", "Один пароль для всього", "Один пароль для всего")]),
]

TRUE_FALSE = [
    (("You can report a profile without the person knowing.",
      "На профіль можна поскаржитися так, що людина про це не знатиме.",
      "На профиль можно пожаловаться так, что человек об этом не узнает."), True),
    (("Calls to a child helpline are free.", "Дзвінки на дитячу лінію допомоги безкоштовні.",
      "Звонки на детскую линию помощи бесплатны."), True),
    (("Someone online is always who their profile says.",
      "Людина в інтернеті завжди та, ким вона є в профілі.",
      "Человек в интернете всегда тот, кем он указан в профиле."), False),
    (("Deleting a message removes every copy of it.", "Видалення повідомлення знищує всі його копії.",
      "Удаление сообщения уничтожает все его копии."), False),
    (("Photos can reveal where they were taken.", "Фото можуть показати, де їх зроблено.",
      "Фото могут показать, где они сделаны."), True),
    (("A real support service may ask for your password.",
      "Справжня служба підтримки може попросити твій пароль.",
      "Настоящая служба поддержки может попросить твой пароль."), False),
    (("You can change your privacy settings at any time.",
      "Налаштування приватності можна змінити будь-коли.",
      "Настройки приватности можно изменить в любой момент."), True),
    (("Blocking someone always sends them a notice.", "Блокування завжди надсилає людині сповіщення.",
      "Блокировка всегда отправляет человеку уведомление."), False),
]

ORDERING_PROMPTS = [
    ("Put these steps in the right order.", "Розташуй ці кроки в правильному порядку.",
     "Расположи эти шаги в правильном порядке."),
    ("In what order would you do this?", "У якому порядку ти це зробиш?", "В каком порядке ты это сделаешь?"),
]
ORDERING_SEQUENCES = [
    [("Stop replying", "Перестати відповідати", "Перестать отвечать"),
     ("Take screenshots", "Зробити знімки екрана", "Сделать скриншоты"),
     ("Block the account", "Заблокувати акаунт", "Заблокировать аккаунт"),
     ("Report it in the app", "Поскаржитися в застосунку", "Пожаловаться в приложении"),
     ("Tell a trusted adult", "Розповісти дорослому, якому довіряєш", "Рассказать взрослому, которому доверяешь")],
    [("Open the account settings", "Відкрити налаштування акаунта", "Открыть настройки аккаунта"),
     ("Change the password", "Змінити пароль", "Сменить пароль"),
     ("Turn on two-step verification", "Увімкнути двоетапну перевірку", "Включить двухэтапную проверку"),
     ("Log out of other devices", "Вийти з акаунта на інших пристроях", "Выйти из аккаунта на других устройствах"),
     ("Check the recovery email", "Перевірити резервну пошту", "Проверить резервную почту")],
    [("Look at what is in the background", "Подивитися, що видно на фоні", "Посмотреть, что видно на фоне"),
     ("Remove the location", "Прибрати геолокацію", "Убрать геолокацию"),
     ("Choose who can see it", "Вибрати, хто це побачить", "Выбрать, кто это увидит"),
     ("Post it", "Опублікувати", "Опубликовать"),
     ("Check the comments later", "Згодом переглянути коментарі", "Позже просмотреть комментарии")],
]

MATCHING_PROMPTS = [
    ("Match each word to its meaning.", "Поєднай кожне слово з його значенням.",
     "Соедини каждое слово с его значением."),
    ("Which description goes with which term?", "Який опис пасує до якого терміна?",
     "Какое описание подходит к какому термину?"),
]
MATCHING_PAIRS = [
    (("Block", "Блокування", "Блокировка"),
     ("Stops an account from contacting you", "Акаунт більше не може з тобою зв’язатися",
      "Аккаунт больше не может с тобой связаться")),
    (("Report", "Скарга", "Жалоба"),
     ("Tells the platform about a problem", "Повідомляє платформу про проблему", "Сообщает платформе о проблеме")),
    (("Screenshot", "Знімок екрана", "Скриншот"),
     ("A picture of what is on the screen", "Зображення того, що на екрані", "Изображение того, что на экране")),
    (("Two-step verification", "Двоетапна перевірка", "Двухэтапная проверка"),
     ("A second check when logging in", "Друга перевірка під час входу", "Вторая проверка при входе")),
    (("Phishing", "Фішинг", "Фишинг"),
     ("A fake message that tries to get your password", "Підроблене повідомлення, яке виманює пароль",
      "Поддельное сообщение, которое выманивает пароль")),
    (("Private profile", "Закритий профіль", "Закрытый профиль"),
     ("Only people you accept see your posts", "Дописи бачать лише ті, кого ти додаєш",
      "Публикации видят только те, кого ты добавляешь")),
    (("Geotag", "Геомітка", "Геометка"),
     ("The place saved in a photo", "Місце, збережене у фото", "Место, сохранённое в фото")),
    (("Helpline", "Лінія допомоги", "Линия помощи"),
     ("A free phone line for support", "Безкоштовний телефон підтримки", "Бесплатный телефон поддержки")),
    (("Mute", "Вимкнути сповіщення", "Отключить уведомления"),
     ("Stop seeing posts without telling the person", "Не бачити дописів, не повідомляючи людину",
      "Не видеть публикаций, не сообщая человеку")),
]

# (prompt, accepted answers per language)
SHORT_ANSWER = [
    (("Which button stops an account from writing to you? (one word)",
      "Яка кнопка не дає акаунту писати тобі? (одне слово)",
      "Какая кнопка не даёт аккаунту писать тебе? (одно слово)"),
     (["block"], ["заблокувати", "блок"], ["заблокировать", "блок"])),
    (("What do you take to keep a record of a message? (one word)",
      "Що треба зробити, щоб зберегти повідомлення як доказ? (одне слово)",
      "Что нужно сделать, чтобы сохранить сообщение как доказательство? (одно слово)"),
     (["screenshot"], ["скріншот", "знімок"], ["скриншот"])),
    (("What is a fake message that tries to steal your password called?",
      "Як називають підроблене повідомлення, що намагається викрасти пароль?",
      "Как называют поддельное сообщение, которое пытается украсть пароль?"),
     (["phishing"], ["фішинг"], ["фишинг"])),
    (("What do you call a free phone line for support?",
      "Як називають безкоштовний телефон підтримки?",
      "Как называют бесплатный телефон поддержки?"),
     (["helpline", "hotline"], ["лінія допомоги", "гаряча лінія"], ["линия помощи", "горячая линия"])),
    (("What do you call a long password made of several words?",
      "Як називають довгий пароль із кількох слів?",
      "Как называют длинный пароль из нескольких слов?"),
     (["passphrase", "pass phrase"], ["парольна фраза"], ["парольная фраза"])),
]

HINTS = [
    ("Think about what keeps a record.", "Подумай, що зберігає докази.", "Подумай, что сохраняет доказательства."),
    ("Which answer involves a trusted adult?", "Яка відповідь залучає дорослого, якому довіряєш?",
     "Какой ответ привлекает взрослого, которому доверяешь?"),
    ("Remember the lesson on privacy settings.", "Згадай урок про налаштування приватності.",
     "Вспомни урок о настройках приватности."),
    ("Real services never ask for passwords.", "Справжні служби ніколи не просять паролів.",
     "Настоящие службы никогда не просят паролей."),
]

FEEDBACK = {
    "correct": [
        ("Well done. That is a safe choice.", "Чудово. Це безпечний вибір.", "Отлично. Это безопасный выбор."),
        ("Yes. A record helps adults act.", "Так. Докази допомагають дорослим діяти.",
         "Да. Доказательства помогают взрослым действовать."),
    ],
    "partly": [
        ("Partly right. Look at the other options again.", "Частково правильно. Поглянь ще раз на інші варіанти.",
         "Частично верно. Посмотри ещё раз на другие варианты."),
    ],
    "wrong": [
        ("Not quite. Here is why another answer is safer.", "Не зовсім. Ось чому інша відповідь безпечніша.",
         "Не совсем. Вот почему другой ответ безопаснее."),
        ("That is a common answer. Let us look at a safer one.", "Так відповідають часто. Погляньмо на безпечніший варіант.",
         "Так отвечают часто. Давай посмотрим на более безопасный вариант."),
    ],
}

OPTION_FEEDBACK = [
    ("This shares more than needed.", "Так ти ділишся більшим, ніж потрібно.", "Так ты делишься большим, чем нужно."),
    ("An adult can help you choose a safer step.", "Дорослий допоможе вибрати безпечніший крок.",
     "Взрослый поможет выбрать более безопасный шаг."),
    ("This does not stop the messages.", "Це не зупиняє повідомлень.", "Это не останавливает сообщения."),
]

SCENARIO_NODES = [
    ("{n} gets a friend request from an account with no photos and no mutual friends.",
     "{n} отримує запит у друзі від акаунта без фото і спільних друзів.",
     "{n} получает запрос в друзья от аккаунта без фото и общих друзей."),
    ("The new contact is friendly and asks which school {n} goes to.",
     "Новий знайомий дуже привітний і питає, у якій школі {n} навчається.",
     "Новый знакомый очень приветлив и спрашивает, в какой школе {n} учится."),
    ("A message promises a prize if a password is entered on a linked page.",
     "Повідомлення обіцяє приз, якщо ввести пароль на сторінці за посиланням.",
     "Сообщение обещает приз, если ввести пароль на странице по ссылке."),
    ("In a game chat, someone offers free coins in exchange for a login.",
     "У чаті гри хтось пропонує безкоштовні монети в обмін на логін.",
     "В чате игры кто-то предлагает бесплатные монеты в обмен на логин."),
    ("{n} notices a post that shows a classmate's home address.",
     "{n} помічає допис, на якому видно домашню адресу однокласника.",
     "{n} замечает публикацию, на которой виден домашний адрес одноклассника."),
    ("The contact keeps writing and suggests moving to a private app.",
     "Цей контакт пише далі й пропонує перейти в закритий застосунок.",
     "Этот контакт продолжает писать и предлагает перейти в закрытое приложение."),
    ("{n} feels uneasy and is not sure what to do next.",
     "{n} відчуває тривогу і не знає, що робити далі.",
     "{n} чувствует тревогу и не знает, что делать дальше."),
    ("The account sends another message late at night.",
     "Акаунт надсилає ще одне повідомлення пізно вночі.",
     "Аккаунт присылает ещё одно сообщение поздно ночью."),
]
SCENARIO_GOOD = [
    ("Stop replying and take a screenshot", "Перестати відповідати і зробити знімок екрана",
     "Перестать отвечать и сделать скриншот"),
    ("Tell a trusted adult", "Розповісти дорослому, якому довіряєш", "Рассказать взрослому, которому доверяешь"),
    ("Block and report the account", "Заблокувати акаунт і поскаржитися на нього",
     "Заблокировать аккаунт и пожаловаться на него"),
    ("Check the privacy settings with a parent", "Перевірити налаштування приватності разом із батьками",
     "Проверить настройки приватности вместе с родителями"),
    ("Call a helpline", "Зателефонувати на лінію допомоги", "Позвонить на линию помощи"),
]
SCENARIO_POOR = [
    ("Reply with the name of the school", "Відповісти, назвавши школу", "Ответить, назвав школу"),
    ("Open the link to see the prize", "Перейти за посиланням, щоб побачити приз",
     "Перейти по ссылке, чтобы увидеть приз"),
    ("Keep it secret and wait", "Нікому не казати й чекати", "Никому не говорить и ждать"),
    ("Forward the post to the class chat", "Переслати допис у чат класу", "Переслать публикацию в чат класса"),
    ("Send the login to get the coins", "Надіслати логін, щоб отримати монети",
     "Отправить логин, чтобы получить монеты"),
]
SCENARIO_BACK = ("Think it over again", "Ще раз усе обдумати", "Ещё раз всё обдумать")
SCENARIO_GOOD_FEEDBACK = [
    ("This keeps you safe and keeps a record.", "Так ти в безпеці й маєш докази.",
     "Так ты в безопасности, и у тебя есть доказательства."),
    ("An adult can help you decide what to do next.", "Дорослий допоможе вирішити, що робити далі.",
     "Взрослый поможет решить, что делать дальше."),
]
SCENARIO_POOR_FEEDBACK = [
    ("Many people would be tempted; pausing first is safer.",
     "Багатьом так захотілося б; та безпечніше спершу зупинитися.",
     "Многим захотелось бы так сделать; но безопаснее сначала остановиться."),
    ("This gives away more than needed. You can still change course.",
     "Так можна розкрити більше, ніж потрібно. Ще не пізно все змінити.",
     "Так можно раскрыть больше, чем нужно. Ещё не поздно всё изменить."),
]
SCENARIO_ENDINGS = {
    "positive": ("The account is blocked and an adult knows what happened. {n} feels calmer.",
                 "Акаунт заблоковано, а дорослий знає, що сталося. {n} почувається спокійніше.",
                 "Аккаунт заблокирован, а взрослый знает, что случилось. {n} чувствует себя спокойнее."),
    "mixed": ("The messages stop for now, but {n} is still worried. Help is always there.",
              "Повідомлення поки що припинилися, але {n} досі хвилюється. Допомога завжди поруч.",
              "Сообщения пока прекратились, но {n} всё ещё волнуется. Помощь всегда рядом."),
    "negative": ("The account keeps writing. It is not too late to block it, report it and tell an adult.",
                 "Акаунт і далі пише. Ще не пізно заблокувати його, поскаржитися й розповісти дорослому.",
                 "Аккаунт продолжает писать. Ещё не поздно заблокировать его, пожаловаться и рассказать взрослому."),
}
SCENARIO_TITLE = ("Story: {n}", "Історія: {n}", "История: {n}")

VOTES = [
    (("Which setting should the class check first?", "Яке налаштування клас перевірить першим?",
      "Какую настройку класс проверит первой?"),
     [("Who can message me", "Хто може мені писати", "Кто может мне писать"),
      ("Who can see my posts", "Хто бачить мої дописи", "Кто видит мои публикации"),
      ("Location sharing", "Передавання геолокації", "Передача геолокации"),
      ("Tagging in photos", "Позначки на фото", "Отметки на фото")]),
    (("What makes it hardest to tell an adult?", "Що найбільше заважає розповісти дорослому?",
      "Что больше всего мешает рассказать взрослому?"),
     [("Worry about losing the phone", "Страх, що заберуть телефон", "Страх, что заберут телефон"),
      ("Embarrassment", "Сором", "Стыд"),
      ("Not knowing whom to tell", "Незнання, кому розповісти", "Незнание, кому рассказать"),
      ("Thinking it will not help", "Думка, що це не допоможе", "Мысль, что это не поможет")]),
    (("Where would you look for help first?", "Де ти шукатимеш допомогу насамперед?",
      "Где ты будешь искать помощь в первую очередь?"),
     [("A parent", "У батьків", "У родителей"),
      ("A teacher", "У вчителя", "У учителя"),
      ("A helpline", "На лінії допомоги", "На линии помощи"),
      ("A friend", "У друга", "У друга")]),
]
VOTE_NOTE = ("Count the votes and ask two volunteers to explain their choice. There is no right answer.",
             "Порахуйте голоси й попросіть двох охочих пояснити свій вибір. Правильної відповіді немає.",
             "Посчитайте голоса и попросите двух желающих объяснить свой выбор. Правильного ответа нет.")

DISCUSSIONS = [
    (("Why might someone keep a worrying message to themselves?",
      "Чому людина може нікому не розповідати про тривожне повідомлення?",
      "Почему человек может никому не рассказывать о тревожном сообщении?"),
     ("Draw out worry about punishment and embarrassment. Stress that telling is always allowed.",
      "Обговоріть страх покарання і сором. Наголосіть, що розповідати можна завжди.",
      "Обсудите страх наказания и стыд. Подчеркните, что рассказывать можно всегда.")),
    (("What can a good friend do when a classmate's photo is shared without permission?",
      "Що може зробити добрий друг, коли фото однокласника поширили без дозволу?",
      "Что может сделать хороший друг, когда фото одноклассника распространили без разрешения?"),
     ("Collect ideas: not sharing further, support, telling an adult, reporting.",
      "Зберіть ідеї: не поширювати далі, підтримати, розповісти дорослому, поскаржитися.",
      "Соберите идеи: не распространять дальше, поддержать, рассказать взрослому, пожаловаться.")),
    (("How can you tell whether an online contact is who they claim to be?",
      "Як зрозуміти, чи інтернет-знайомий справді той, за кого себе видає?",
      "Как понять, действительно ли интернет-знакомый тот, за кого себя выдаёт?"),
     ("Point out that nobody can be sure; focus on warning signs and on asking for help.",
      "Зверніть увагу, що напевно знати неможливо; говоріть про тривожні знаки й про допомогу.",
      "Обратите внимание, что знать наверняка невозможно; говорите о тревожных признаках и о помощи.")),
]

ROLE_PLAYS = [
    (("A friend shows you a chat in which a stranger asks for a home address and a school timetable.",
      "Друг показує тобі листування, у якому незнайомець питає домашню адресу й розклад уроків.",
      "Друг показывает тебе переписку, в которой незнакомец спрашивает домашний адрес и расписание уроков."),
     [(("Worried friend", "Стривожений друг", "Встревоженный друг"),
       ("You are unsure and would rather keep it quiet.", "Ти вагаєшся і волієш нікому не казати.",
        "Ты сомневаешься и предпочёл бы никому не говорить.")),
      (("Supporter", "Той, хто підтримує", "Тот, кто поддерживает"),
       ("Listen, stay calm and suggest telling an adult together.",
        "Вислухай, зберігай спокій і запропонуй разом розповісти дорослому.",
        "Выслушай, сохраняй спокойствие и предложи вместе рассказать взрослому.")),
      (("Teacher", "Учитель", "Учитель"),
       ("Listen without judging and explain what happens next.",
        "Вислухай без осуду й поясни, що буде далі.",
        "Выслушай без осуждения и объясни, что будет дальше."))]),
    (("A classmate's account has been taken over and is sending odd links to everyone.",
      "Акаунт однокласника зламали, і з нього всім надсилають дивні посилання.",
      "Аккаунт одноклассника взломали, и с него всем рассылают странные ссылки."),
     [(("Account owner", "Власник акаунта", "Владелец аккаунта"),
       ("You feel embarrassed and do not know where to start.",
        "Тобі ніяково, і ти не знаєш, з чого почати.",
        "Тебе неловко, и ты не знаешь, с чего начать.")),
      (("Helper", "Помічник", "Помощник"),
       ("Walk through changing the password and turning on two-step verification.",
        "Допоможи змінити пароль і ввімкнути двоетапну перевірку.",
        "Помоги сменить пароль и включить двухэтапную проверку.")),
      (("Parent", "Мама чи тато", "Мама или папа"),
       ("Stay calm and help to warn the other classmates.",
        "Зберігай спокій і допоможи попередити інших однокласників.",
        "Сохраняй спокойствие и помоги предупредить других одноклассников."))]),
]
ROLE_PLAY_NOTE = ("Give each group five minutes, then step out of role and ask what helped.",
                  "Дайте кожній групі п’ять хвилин, потім вийдіть із ролей і запитайте, що допомогло.",
                  "Дайте каждой группе пять минут, затем выйдите из ролей и спросите, что помогло.")

SOURCES = [
    ("core-2021", "https://example.org/sources/core-2021",
     "Livingstone, S. and Stoilova, M. (2021). The 4Cs: Classifying Online Risk to Children. CO:RE."),
    ("ukcis-2020", "https://example.org/sources/ukcis-2020",
     "UKCIS (2020). Education for a Connected World."),
    ("euko-2020", "https://example.org/sources/eu-kids-online-2020",
     "Smahel, D. et al. (2020). EU Kids Online 2020."),
    ("coe-2019", "https://example.org/sources/coe-2019",
     "Council of Europe (2019). Digital Citizenship Education Handbook."),
    ("unicef-2022", "https://example.org/sources/unicef-2022",
     "UNICEF (2022). Protecting children online."),
    ("synthetic", None, "Synthetic benchmark text; not a real source."),
]

CONTACTS = [
    ("ua-line", "UA", ("Child helpline (synthetic)", "Дитяча лінія (синтетична)", "Детская линия (синтетическая)"),
     ["116 111"], ["https://example.org/help/ua"]),
    ("kz-line", "KZ", ("Youth helpline (synthetic)", "Молодіжна лінія (синтетична)", "Молодёжная линия (синтетическая)"),
     ["150"], []),
    ("md-line", "MD", ("Child helpline Moldova (synthetic)", "Дитяча лінія Молдови (синтетична)",
                       "Детская линия Молдовы (синтетическая)"),
     ["116 111"], ["https://example.org/help/md"]),
    ("intl-line", "international", ("International helplines (synthetic)", "Міжнародні лінії (синтетичні)",
                                     "Международные линии (синтетические)"),
     [], ["https://example.org/help/international"]),
]
CONTACT_HOURS = ("Every day, around the clock", "Щодня, цілодобово", "Ежедневно, круглосуточно")
CONTACT_PURPOSE = ("Free, confidential support for children and young people.",
                   "Безкоштовна конфіденційна підтримка для дітей і молоді.",
                   "Бесплатная конфиденциальная поддержка для детей и молодёжи.")

# Phrases a pack must not use (SAFEGUARDING.md); the generator checks its own output.
FORBIDDEN = ["stupid", "naive", "should have known", "your fault", "your own fault", "asking for it",
             "what did you expect", "brought it on", "only yourself to blame",
             "дурн", "наївн", "наивн", "глуп", "сам винен", "сама винна", "сам виноват", "сама виновата",
             "твоя провина", "твоя вина", "мав знати", "должен был знать"]

SCORED_KINDS = ["single-choice", "multiple-choice", "true-false", "ordering", "matching", "short-answer"]
ALL_KINDS = ["text", "single-choice", "multiple-choice", "true-false", "ordering", "matching",
             "short-answer", "likert", "scenario", "vote", "discussion", "role-play"]


# ----------------------------------------------------------------------------- writer

class Generator:
    def __init__(self, seed, verified):
        self.rng = random.Random(seed)
        self.seed = seed
        self.verified = verified
        self.parts = []
        self.size = 0
        self.ids = set()
        self.kind_counts = {kind: 0 for kind in ALL_KINDS}
        self.objective_ids = [f"obj-{i + 1:02d}" for i in range(len(OBJECTIVES))]
        self.construct_ids = []
        for kind in CONSTRUCT_KINDS:
            for index in range(len(CONSTRUCT_TEXTS[kind])):
                self.construct_ids.append((f"{kind}-{index + 1}", kind))
        self.source_ids = [source[0] for source in SOURCES]
        self.contact_ids = [contact[0] for contact in CONTACTS]

    # Output ------------------------------------------------------------------

    def emit(self, text):
        self.parts.append(text)
        self.size += len(text.encode("utf-8"))

    def unique(self, step_id):
        assert step_id not in self.ids, f"duplicate id {step_id}"
        assert re.fullmatch(r"[a-z0-9][a-z0-9_-]*", step_id) and len(step_id) <= 64, step_id
        self.ids.add(step_id)
        return step_id

    @staticmethod
    def attrs(**values):
        out = []
        for key, value in values.items():
            if value is None:
                continue
            if isinstance(value, bool):
                value = "true" if value else "false"
            out.append(f' {key.rstrip("_").replace("_", "-")}="{escape(str(value), {chr(34): "&quot;"})}"')
        return "".join(out)

    @staticmethod
    def text_element(name, translations, indent, extra=""):
        pad = " " * indent
        lines = [f"{pad}<{name}{extra}>"]
        for lang, text in zip(LANGS, translations):
            lines.append(f'{pad}  <t lang="{lang}">{escape(text)}</t>')
        lines.append(f"{pad}</{name}>")
        return "\n".join(lines) + "\n"

    # Text helpers --------------------------------------------------------------

    def paragraph(self, count):
        chosen = self.rng.sample(SENTENCES, count)
        return tuple(" ".join(sentence[i] for sentence in chosen) for i in range(3))

    @staticmethod
    def named(template, name):
        return tuple(template[i].replace("{n}", name[i]) for i in range(3))

    def maybe_hints_and_feedback(self, indent):
        out = ""
        for hint in self.rng.sample(HINTS, self.rng.randint(0, 2)):
            out += self.text_element("hint", hint, indent)
        for when in ("correct", "partly", "wrong"):
            if self.rng.random() < 0.6:
                out += self.text_element("feedback", self.rng.choice(FEEDBACK[when]), indent,
                                         self.attrs(when=when))
        return out

    def scored_attributes(self):
        return dict(
            points=self.rng.choice([None, 1, 1, 2, 3, "0.5"]),
            max_attempts=self.rng.choice([None, None, 1, 2, 3]),
        )

    def step_attributes(self, objectives):
        return dict(
            skippable=self.rng.choice([None, None, True, False]),
            objectives=" ".join(objectives) if objectives else None,
            sources=" ".join(self.rng.sample(self.source_ids, self.rng.randint(1, 2)))
            if self.rng.random() < 0.3 else None,
        )

    # Steps -------------------------------------------------------------------

    def step(self, kind, step_id, objectives, indent=4):
        self.kind_counts[kind] += 1
        method = getattr(self, "step_" + kind.replace("-", "_"))
        return method(self.unique(step_id), objectives, indent)

    def step_text(self, step_id, objectives, indent):
        contacts = " ".join(self.rng.sample(self.contact_ids, 2)) if self.rng.random() < 0.3 else None
        head = self.attrs(id=step_id, **self.step_attributes(objectives), contacts=contacts)
        pad = " " * indent
        return (f"{pad}<text{head}>\n" + self.text_element("body", self.paragraph(self.rng.randint(3, 6)), indent + 2)
                + f"{pad}</text>\n")

    def choice_question(self, element, step_id, objectives, indent, prompt, correct, wrong):
        pad = " " * indent
        head = self.attrs(id=step_id, **self.step_attributes(objectives), **self.scored_attributes(),
                          shuffle=self.rng.choice([None, True, False]))
        options = [(label, True) for label in correct] + [(label, False) for label in wrong]
        self.rng.shuffle(options)
        out = f"{pad}<{element}{head}>\n" + self.text_element("prompt", prompt, indent + 2)
        for index, (label, is_correct) in enumerate(options):
            out += f'{pad}  <option{self.attrs(id=f"o{index + 1}", correct=True if is_correct else None)}>\n'
            out += self.text_element("label", label, indent + 4)
            if not is_correct and self.rng.random() < 0.5:
                out += self.text_element("feedback", self.rng.choice(OPTION_FEEDBACK), indent + 4)
            out += f"{pad}  </option>\n"
        out += self.maybe_hints_and_feedback(indent + 2)
        return out + f"{pad}</{element}>\n"

    def step_single_choice(self, step_id, objectives, indent):
        prompt, correct, wrong = self.rng.choice(SINGLE_CHOICE)
        wrong = self.rng.sample(wrong, self.rng.randint(1, len(wrong)))
        return self.choice_question("single-choice", step_id, objectives, indent, prompt, [correct], wrong)

    def step_multiple_choice(self, step_id, objectives, indent):
        prompt, correct, wrong = self.rng.choice(MULTIPLE_CHOICE)
        correct = self.rng.sample(correct, self.rng.randint(1, len(correct)))
        return self.choice_question("multiple-choice", step_id, objectives, indent, prompt, correct, wrong)

    def step_true_false(self, step_id, objectives, indent):
        statement, answer = self.rng.choice(TRUE_FALSE)
        pad = " " * indent
        head = self.attrs(id=step_id, **self.step_attributes(objectives), **self.scored_attributes(), answer=answer)
        return (f"{pad}<true-false{head}>\n" + self.text_element("prompt", statement, indent + 2)
                + self.maybe_hints_and_feedback(indent + 2) + f"{pad}</true-false>\n")

    def step_ordering(self, step_id, objectives, indent):
        sequence = self.rng.choice(ORDERING_SEQUENCES)
        keep = sorted(self.rng.sample(range(len(sequence)), self.rng.randint(3, len(sequence))))
        pad = " " * indent
        head = self.attrs(id=step_id, **self.step_attributes(objectives), **self.scored_attributes())
        out = f"{pad}<ordering{head}>\n" + self.text_element("prompt", self.rng.choice(ORDERING_PROMPTS), indent + 2)
        for number, index in enumerate(keep):
            out += self.text_element("item", sequence[index], indent + 2, self.attrs(id=f"i{number + 1}"))
        return out + self.maybe_hints_and_feedback(indent + 2) + f"{pad}</ordering>\n"

    def step_matching(self, step_id, objectives, indent):
        pairs = self.rng.sample(MATCHING_PAIRS, self.rng.randint(3, 5))
        pad = " " * indent
        head = self.attrs(id=step_id, **self.step_attributes(objectives), **self.scored_attributes(),
                          shuffle=self.rng.choice([None, True]))
        out = f"{pad}<matching{head}>\n" + self.text_element("prompt", self.rng.choice(MATCHING_PROMPTS), indent + 2)
        for number, (left, right) in enumerate(pairs):
            out += f'{pad}  <pair{self.attrs(id=f"p{number + 1}")}>\n'
            out += self.text_element("left", left, indent + 4) + self.text_element("right", right, indent + 4)
            out += f"{pad}  </pair>\n"
        return out + self.maybe_hints_and_feedback(indent + 2) + f"{pad}</matching>\n"

    def step_short_answer(self, step_id, objectives, indent):
        prompt, accepted = self.rng.choice(SHORT_ANSWER)
        pad = " " * indent
        head = self.attrs(id=step_id, **self.step_attributes(objectives), **self.scored_attributes())
        out = f"{pad}<short-answer{head}>\n" + self.text_element("prompt", prompt, indent + 2)
        for lang, answers in zip(LANGS, accepted):
            for answer in answers:
                out += f'{pad}  <accept lang="{lang}">{escape(answer)}</accept>\n'
        return out + self.maybe_hints_and_feedback(indent + 2) + f"{pad}</short-answer>\n"

    def likert_item(self, step_id, construct, kind, indent):
        reverse = self.rng.random() < 0.2
        statement = self.rng.choice(LIKERT_REVERSED if reverse else LIKERT[kind])
        pad = " " * indent
        head = self.attrs(id=step_id, skippable=self.rng.choice([None, True]), construct=construct,
                          scale=self.rng.choice([None, 3, 4, 5, 7]), reverse=True if reverse else None)
        out = f"{pad}<likert{head}>\n" + self.text_element("statement", statement, indent + 2)
        if self.rng.random() < 0.7:
            out += self.text_element("low", LIKERT_LOW, indent + 2) + self.text_element("high", LIKERT_HIGH, indent + 2)
        return out + f"{pad}</likert>\n"

    def step_likert(self, step_id, objectives, indent):
        construct, kind = self.rng.choice(self.construct_ids)
        return self.likert_item(step_id, construct, kind, indent)

    def step_scenario(self, step_id, objectives, indent):
        """A chain of nodes; each has a good choice forward, a poor choice to a weaker
        ending, and sometimes a way back to the start. Every node and ending is reachable
        and every node reaches an ending."""
        name = self.rng.choice(NAMES)
        node_count = self.rng.randint(2, 5)
        node_texts = self.rng.sample(SCENARIO_NODES, node_count)
        pad = " " * indent
        head = self.attrs(id=step_id, **self.step_attributes(objectives), start="n1",
                          shuffle=self.rng.choice([None, True]))
        out = f"{pad}<scenario{head}>\n"
        out += self.text_element("title", self.named(SCENARIO_TITLE, name), indent + 2)
        for number in range(1, node_count + 1):
            out += f'{pad}  <node id="n{number}">\n'
            out += self.text_element("text", self.named(node_texts[number - 1], name), indent + 4)
            forward = f"n{number + 1}" if number < node_count else "end-good"
            weaker = "end-mixed" if number % 2 else "end-hard"
            choices = [(forward, 1, self.rng.choice(SCENARIO_GOOD), SCENARIO_GOOD_FEEDBACK),
                       (weaker, None, self.rng.choice(SCENARIO_POOR), SCENARIO_POOR_FEEDBACK)]
            if number > 1 and self.rng.random() < 0.4:
                choices.append(("n1", None, SCENARIO_BACK, None))
            for target, points, label, feedback in choices:
                out += f"{pad}    <choice{self.attrs(target=target, points=points)}>\n"
                out += self.text_element("label", label, indent + 6)
                if feedback and self.rng.random() < 0.7:
                    out += self.text_element("feedback", self.rng.choice(feedback), indent + 6)
                out += f"{pad}    </choice>\n"
            out += f"{pad}  </node>\n"
        # end-hard is only targeted from even-numbered nodes, so it exists only with two or more nodes.
        endings = [("end-good", "positive", None), ("end-mixed", "mixed", "ua-line"),
                   ("end-hard", "negative", "ua-line intl-line")]
        for ending_id, outcome, contacts in endings:
            text = SCENARIO_ENDINGS[outcome]
            out += f"{pad}  <ending{self.attrs(id=ending_id, outcome=outcome, contacts=contacts)}>\n"
            out += self.text_element("text", self.named(text, name), indent + 4)
            out += f"{pad}  </ending>\n"
        return out + f"{pad}</scenario>\n"

    def step_vote(self, step_id, objectives, indent):
        prompt, options = self.rng.choice(VOTES)
        options = self.rng.sample(options, self.rng.randint(2, len(options)))
        pad = " " * indent
        out = f"{pad}<vote{self.attrs(id=step_id, **self.step_attributes(objectives))}>\n"
        out += self.text_element("prompt", prompt, indent + 2)
        for number, label in enumerate(options):
            out += f'{pad}  <option id="v{number + 1}">\n' + self.text_element("label", label, indent + 4)
            out += f"{pad}  </option>\n"
        if self.rng.random() < 0.7:
            out += self.text_element("facilitator-note", VOTE_NOTE, indent + 2)
        return out + f"{pad}</vote>\n"

    def step_discussion(self, step_id, objectives, indent):
        prompt, note = self.rng.choice(DISCUSSIONS)
        pad = " " * indent
        return (f"{pad}<discussion{self.attrs(id=step_id, **self.step_attributes(objectives))}>\n"
                + self.text_element("prompt", prompt, indent + 2)
                + self.text_element("facilitator-note", note, indent + 2) + f"{pad}</discussion>\n")

    def step_role_play(self, step_id, objectives, indent):
        setup, roles = self.rng.choice(ROLE_PLAYS)
        roles = roles[: self.rng.randint(2, len(roles))]
        pad = " " * indent
        head = self.attrs(id=step_id, **self.step_attributes(objectives), minutes=self.rng.choice([None, 10, 15]))
        out = f"{pad}<role-play{head}>\n" + self.text_element("setup", setup, indent + 2)
        for number, (role_name, brief) in enumerate(roles):
            out += f'{pad}  <role id="r{number + 1}">\n'
            out += self.text_element("name", role_name, indent + 4) + self.text_element("brief", brief, indent + 4)
            out += f"{pad}  </role>\n"
        if self.rng.random() < 0.8:
            out += self.text_element("facilitator-note", ROLE_PLAY_NOTE, indent + 2)
        return out + f"{pad}</role-play>\n"

    # Pack parts ----------------------------------------------------------------

    def header(self, minutes):
        # Its own generator, so the header is the same however many lessons follow.
        saved, self.rng = self.rng, random.Random(self.seed * 7919 + 1)
        try:
            return self._header(minutes)
        finally:
            self.rng = saved

    def _header(self, minutes):
        out = '<?xml version="1.0" encoding="UTF-8"?>\n'
        out += ("<!--\n  Synthetic benchmark pack written by scripts/bench/make-large-pack.py.\n"
                "  Not curriculum content: never show it to learners.\n-->\n")
        out += (f'<pack xmlns="{PACK_NS}"\n      id="synthetic-large" version="1.0.0" default-lang="en"'
                f' langs="{" ".join(LANGS)}"\n      age-min="12" age-max="16" risk="contact" topic="privacy"'
                f' minutes="{minutes}">\n')
        out += self.text_element("title", ("Staying private online (synthetic benchmark pack)",
                                           "Приватність в інтернеті (синтетичний набір для тестів швидкодії)",
                                           "Приватность в интернете (синтетический набор для тестов скорости)"), 2)
        out += self.text_element("summary", self.paragraph(4), 2)
        out += "  <authors>\n    <author>Oberih benchmark generator</author>\n  </authors>\n"
        out += "  <licence>CC0-1.0</licence>\n"
        out += self.text_element("content-note", (
            "These lessons talk about strangers online, threats and accounts being taken over. You may pass any step.",
            "На цих уроках ідеться про незнайомців в інтернеті, погрози та зламані акаунти. Будь-який крок можна пропустити.",
            "На этих уроках речь идёт о незнакомцах в интернете, угрозах и взломанных аккаунтах. Любой шаг можно пропустить."),
            2)
        out += "  <ground-rules>\n"
        for rule in self.rng.sample(SENTENCES, 3):
            out += self.text_element("rule", rule, 4)
        out += "  </ground-rules>\n  <objectives>\n"
        for objective_id, text in zip(self.objective_ids, OBJECTIVES):
            out += self.text_element("objective", text, 4, self.attrs(id=objective_id))
        out += "  </objectives>\n  <constructs>\n"
        for construct_id, kind in self.construct_ids:
            index = int(construct_id.rsplit("-", 1)[1]) - 1
            out += self.text_element("construct", CONSTRUCT_TEXTS[kind][index], 4, self.attrs(id=construct_id, kind=kind))
        out += "  </constructs>\n  <sources>\n"
        for source_id, url, citation in SOURCES:
            out += f"    <source{self.attrs(id=source_id, url=url)}>{escape(citation)}</source>\n"
        out += "  </sources>\n  <support>\n"
        for contact_id, country, name, phones, urls in CONTACTS:
            head = self.attrs(id=contact_id, country=country, source=f"https://example.org/directory/{contact_id}",
                              verified=self.verified, status="published",
                              **{"for": "talk emergency report-image-link"})
            out += f"    <contact{head}>\n" + self.text_element("name", name, 6)
            out += "".join(f"      <phone>{escape(phone)}</phone>\n" for phone in phones)
            out += "".join(f"      <url>{escape(url)}</url>\n" for url in urls)
            out += self.text_element("hours", CONTACT_HOURS, 6) + self.text_element("purpose", CONTACT_PURPOSE, 6)
            out += "    </contact>\n"
        return out + "  </support>\n"

    def test(self, test_id, kind, requires):
        """A pre-test or post-test: two parallel scored items per objective. Both tests
        draw from the same seeded sequence of kinds, so their items are parallel."""
        kinds = random.Random(4242)  # same item kinds in the pre-test and the post-test
        title = {"pre-test": ("Before we start", "Перш ніж почати", "Прежде чем начать"),
                 "post-test": ("What you have learned", "Що ти дізнався", "Что ты узнал")}[kind]
        out = f"  <assessment{self.attrs(id=test_id, kind=kind, requires=requires, pass_mark=0, minutes=15)}>\n"
        out += self.text_element("title", title, 4)
        number = 0
        for objective_id in self.objective_ids:
            for _ in range(2):
                number += 1
                item_kind = kinds.choice(SCORED_KINDS)
                out += self.step(item_kind, f"{test_id}-q{number:02d}", [objective_id])
        return out + "  </assessment>\n"

    def survey(self, survey_id, timing, requires):
        title = {"before": ("How you see it now", "Як ти бачиш це зараз", "Как ты видишь это сейчас"),
                 "after": ("How you see it after the lessons", "Як ти бачиш це після уроків",
                           "Как ты видишь это после уроков")}[timing]
        out = f"  <assessment{self.attrs(id=survey_id, kind='survey', timing=timing, requires=requires)}>\n"
        out += self.text_element("title", title, 4)
        number = 0
        for construct_id, kind in self.construct_ids:
            for _ in range(2):
                number += 1
                self.kind_counts["likert"] += 1
                out += self.likert_item(self.unique(f"{survey_id}-l{number:02d}"), construct_id, kind, 4)
        return out + "  </assessment>\n"

    def lesson(self, number, requires):
        lesson_id = self.unique(f"lesson-{number:03d}")
        objectives = self.rng.sample(self.objective_ids, self.rng.randint(2, 3))
        topic = TOPICS[(number - 1) % len(TOPICS)]
        title = (f"Lesson {number}: {topic[0]}", f"Урок {number}: {topic[1]}", f"Урок {number}: {topic[2]}")
        age_min = self.rng.choice([None, 12, 13])
        age_max = self.rng.choice([None, 15, 16])
        head = self.attrs(id=lesson_id, age_min=age_min, age_max=age_max, requires=requires,
                          objectives=" ".join(objectives), pass_mark=self.rng.choice([None, 50, 60, "62.5"]),
                          minutes=40)
        out = f"  <lesson{head}>\n" + self.text_element("title", title, 4)
        if self.rng.random() < 0.7:
            out += self.text_element("summary", self.paragraph(2), 4)
        kinds = list(ALL_KINDS) + [self.rng.choice(SCORED_KINDS) for _ in range(self.rng.randint(10, 16))]
        head_kind, rest = kinds[0], kinds[1:]
        self.rng.shuffle(rest)
        for index, kind in enumerate([head_kind] + rest):
            tagged = [] if kind in ("text", "likert", "vote", "discussion", "role-play") and self.rng.random() < 0.5 \
                else self.rng.sample(objectives, self.rng.randint(1, len(objectives)))
            out += self.step(kind, f"l{number:03d}-s{index + 1:02d}-{kind}", tagged)
        return lesson_id, out + "  </lesson>\n"

    def build(self, target_bytes):
        body = [self.test("pre", "pre-test", None), self.survey("survey-before", "before", None)]
        head_estimate = len(self.header(0).encode("utf-8")) + 64
        self.size = head_estimate + sum(len(part.encode("utf-8")) for part in body)
        tail_estimate = self.size - head_estimate  # the post-test and later survey mirror the first two
        previous = "pre survey-before"
        number = 0
        while True:
            number += 1
            lesson_id, text = self.lesson(number, previous)
            body.append(text)
            self.size += len(text.encode("utf-8"))
            previous = lesson_id
            if self.size + tail_estimate >= target_bytes:
                break
        body.append(self.test("post", "post-test", previous))
        body.append(self.survey("survey-after", "after", previous))
        minutes = 30 + 40 * number
        document = self.header(minutes) + "".join(body) + "</pack>\n"
        return document, number


def parse_size(text):
    match = re.fullmatch(r"\s*([0-9]+(?:\.[0-9]+)?)\s*([kKmM]i?[bB]?|[bB])?\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 5MB, 500KB, 2MiB or 123456)")
    number, unit = float(match.group(1)), (match.group(2) or "").lower().rstrip("b")
    factor = {"": 1, "k": 1000, "m": 1000 ** 2, "ki": 1024, "mi": 1024 ** 2}[unit]
    return int(number * factor)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", help="path of the pack to write ('-' for stdout)")
    parser.add_argument("--size", type=parse_size, default=parse_size("5MB"),
                        help="approximate size: 5MB (default), 500KB, 2MiB, or bytes")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--verified", default=datetime.datetime.now(datetime.timezone.utc).date().isoformat(),
                        help="verification date of the contacts, YYYY-MM-DD (default: today, UTC)")
    args = parser.parse_args()
    datetime.date.fromisoformat(args.verified)

    generator = Generator(args.seed, args.verified)
    document, lessons = generator.build(args.size)

    lowered = document.lower()
    found = [phrase for phrase in FORBIDDEN if phrase in lowered]
    if found:
        sys.exit(f"make-large-pack: generated text contains forbidden phrases: {found}")
    data = document.encode("utf-8")
    if len(data) > 16 * 1024 * 1024:
        print("make-large-pack: warning: larger than 16 MiB, which oberih refuses", file=sys.stderr)
    if args.output == "-":
        sys.stdout.buffer.write(data)
    else:
        with open(args.output, "wb") as handle:
            handle.write(data)

    counts = generator.kind_counts
    steps = sum(counts.values())
    questions = sum(counts[kind] for kind in SCORED_KINDS)
    print(f"bytes={len(data)} lessons={lessons} assessments=4 steps={steps} scored_questions={questions} "
          + " ".join(f"{kind}={counts[kind]}" for kind in ALL_KINDS), file=sys.stderr)


if __name__ == "__main__":
    main()
