<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>About</name>
    <message>
        <location filename="../src/glamuploader/ui/about.py" line="+24"/>
        <source>New batches</source>
        <translation>Новые пакеты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload journal (what reached the wiki, for resuming)</source>
        <translation>Журнал загрузок (что уже попало в вики — чтобы продолжить с того же места)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbnails and lookups cache</source>
        <translation>Миниатюры и кэш запросов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch uploads of photos and scans to Wikimedia Commons, with structured data.</source>
        <translation>Пакетная загрузка фотографий и сканов на Викисклад вместе со структурированными данными.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>Свободная программа под лицензией GNU GPL версии 3 или более поздней.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your files live:</source>
        <translation>Где хранятся ваши файлы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built on:</source>
        <translation>Создано на основе:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a crash: open the app again. Your batch is saved as you work, and the journal knows which files reached the wiki; Upload goes on without sending any file twice.</source>
        <translation>После сбоя просто откройте приложение снова. Пакет сохраняется по ходу работы, а в журнале отмечено, какие файлы уже попали в вики, поэтому «Загрузить» продолжит с того же места и не отправит ни один файл дважды.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reviewed translations: %1.</source>
        <translation>Проверенные переводы: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet reviewed by a native speaker: %1. Corrections are welcome (translations/README.md says how).</source>
        <translation>Ещё не проверены носителем языка: %1. Исправления приветствуются (как их внести, описано в translations/README.md).</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../src/glamuploader/ui/delegate.py" line="+19"/>
        <source>problem</source>
        <translation>проблема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>готов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploading</source>
        <translation>загружается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded</source>
        <translation>загружен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded, data pending</source>
        <translation>загружен, данные в очереди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>отклонён</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/tableview.py" line="+312"/>
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Вставить %n ячейку</numerusform>
            <numerusform>Вставить %n ячейки</numerusform>
            <numerusform>Вставить %n ячеек</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill down</source>
        <translation>Заполнить вниз</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replace in %1</source>
        <translation>Заменить в столбце «%1»</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <location line="-246"/>
        <source>Thumbnail</source>
        <translation>Миниатюра</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Edit %1</source>
        <translation>Правка: %1</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <location filename="../src/glamuploader/ui/curation.py" line="+67"/>
        <source>Go to the &amp;next photo after marking one</source>
        <translation>Переходить к &amp;следующей фотографии после отметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After P, X, U or a number of stars, the next photo is shown</source>
        <translation>После P, X, U или оценки в звёздах показывается следующая фотография</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Select two to four photos to compare them side by side.</source>
        <translation>Выделите от двух до четырёх фотографий, чтобы сравнить их рядом.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Turn left</source>
        <translation>Поворот влево</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn right</source>
        <translation>Поворот вправо</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Keep one, reject %n other(s)</source>
        <translation>
            <numerusform>Выбор одной фотографии и отклонение %n другой</numerusform>
            <numerusform>Выбор одной фотографии и отклонение %n других</numerusform>
            <numerusform>Выбор одной фотографии и отклонение %n других</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stars: %1</source>
        <translation>Звёзд: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject</source>
        <translation>Отклонение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark</source>
        <translation>Снятие отметки</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../src/glamuploader/ui/demo.py" line="+12"/>
        <source>Starting the sandbox wiki and making sample photos… (the first time takes a minute)</source>
        <translation>Запускается тестовая вики и создаются примеры фотографий… (в первый раз это займёт минуту)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sample batch is aimed at the sandbox wiki on this computer.</source>
        <translation>Демонстрационный пакет будет загружен в тестовую вики на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/panel.py" line="+146"/>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;itle</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ption</source>
        <translation>По&amp;дпись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Author</source>
        <translation>Ав&amp;тор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Da&amp;te</source>
        <translation>Д&amp;ата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Licence</source>
        <translation>&amp;Лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Categories</source>
        <translation>&amp;Категории</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Depicts</source>
        <translation>Изображено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locatio&amp;n</source>
        <translation>&amp;Местоположение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Te&amp;mplates</source>
        <translation>&amp;Шаблоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page template</source>
        <translation>Шаблон страницы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Privac&amp;y</source>
        <translation>Конфид&amp;енциальность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;version of</source>
        <translation>Нова&amp;я версия файла</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY. Empty: the date the photo was taken.</source>
        <translation>ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ. Если оставить пустым — дата съёмки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty for your own work; else the museum, book or web address.</source>
        <translation>Оставьте пустым, если это ваша собственная работа; иначе укажите музей, книгу или веб-адрес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category name, without “Category:”</source>
        <translation>Название категории, без «Category:»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item, e.g. Q42</source>
        <translation>Элемент Викиданных, например Q42</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation>например, {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata</source>
        <translation>Метаданные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence, author and categories for every file…</source>
        <translation>Лицензия, автор и категории для каждого файла…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload a better version of this file…</source>
        <translation>Загрузить улучшенную версию этого файла…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else goes up as a new file.</source>
        <translation>Только для небольших улучшений того же изображения: более высокое разрешение, исправленный цвет, меньше шума, поворот. Всё остальное загружается как новый файл.</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+37"/>
        <source>Send the file as it is</source>
        <translation>Отправить файл как есть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the location (GPS) from the uploaded copy</source>
        <translation>Удалить местоположение (GPS) из загружаемой копии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove all camera data from the uploaded copy</source>
        <translation>Удалить все данные камеры из загружаемой копии</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/editor/panel.py" line="-13"/>
        <source>Version s&amp;ummary</source>
        <translation>Описание и&amp;зменений</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A cleaned copy is uploaded; the pixels and your original file are never changed.</source>
        <translation>Загружается очищенная копия; пиксели и ваш исходный файл никогда не изменяются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:Name.jpg on the wiki — empty for a new file</source>
        <translation>File:Name.jpg в вики; для нового файла оставьте пустым</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commons allows a new version only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else (another photo, a crop that changes what is shown) goes up as a new file. When in doubt, upload a new file.</source>
        <translation>Викисклад разрешает загружать новую версию только при небольших улучшениях того же изображения: более высокое разрешение, исправленный цвет, меньше шума, поворот. Всё остальное (другая фотография, кадрирование, меняющее то, что изображено) загружается как новый файл. Если сомневаетесь, загрузите новый файл.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Uploaded as %1. Its page is edited on the wiki now.</source>
        <translation>Загружен под именем %1. Теперь его страницу правят в вики.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on the wiki as %1: it is not uploaded again.</source>
        <translation>Уже есть в вики под именем %1; повторно загружаться не будет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These files are on the wiki. Their pages are edited there now.</source>
        <translation>Эти файлы уже в вики. Теперь их страницы правят там.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keywords from the file as categories: %1</source>
        <translation>Ключевые слова из файла в качестве категорий: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each is checked on the wiki like any category; remove those that are not categories there.</source>
        <translation>Каждое из них проверяется в вики, как любая категория; уберите те, которых там среди категорий нет.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Museum field</source>
        <translation>Музейное поле</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select one or more files to edit them.</source>
        <translation>Выберите один или несколько файлов для редактирования.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n files selected: a change applies to all of them.</source>
        <translation>
            <numerusform>Выбран %n файл: изменение применится ко всем.</numerusform>
            <numerusform>Выбрано %n файла: изменение применится ко всем.</numerusform>
            <numerusform>Выбрано %n файлов: изменение применится ко всем.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation>(различается у выбранных файлов)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <source>%1 — from the batch defaults</source>
        <translation>%1 — из значений по умолчанию для пакета</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>From the file: %1</source>
        <translation>Из файла: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Will be uploaded as: File:%1</source>
        <translation>Имя при загрузке: File:%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taken: %1</source>
        <translation>Дата съёмки: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the picture shows</source>
        <translation>Что изображено на снимке</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+30"/>
        <source>The upload journal could not be written (%1). Nothing is lost: free some space on the disk or check the folder&apos;s permissions, then press Upload again.</source>
        <translation>Не удалось записать журнал загрузок (%1). Ничего не потеряно: освободите место на диске или проверьте права на папку, затем снова нажмите «Загрузить».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The batch could not be opened.</source>
        <translation>Не удалось открыть пакет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be saved. Check that the folder exists and that there is space on the disk.</source>
        <translation>Не удалось сохранить пакет. Проверьте, что папка существует и на диске есть место.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files could not be imported.</source>
        <translation>Не удалось импортировать файлы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be checked.</source>
        <translation>Не удалось проверить пакет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload stopped.</source>
        <translation>Загрузка прервана.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location line="-33"/>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption</source>
        <translation>подпись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licence</source>
        <translation>лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categories</source>
        <translation>категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depicts</source>
        <translation>изображено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>местоположение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>templates</source>
        <translation>шаблоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>файл</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <location filename="../src/glamuploader/ui/firstrun.py" line="+186"/>
        <source>Logging in…</source>
        <translation>Выполняется вход…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logged in as %1. Uploads will use this account.</source>
        <translation>Вы вошли как %1. Файлы будут загружаться от этой учётной записи.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login failed: %1</source>
        <translation>Не удалось войти: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tools log in with a &lt;b&gt;bot password&lt;/b&gt;, not your main password: it can only do what you allow, and you can revoke it at any time.</source>
        <translation>Программы входят в вики с &lt;b&gt;паролем бота&lt;/b&gt;, а не с вашим основным паролем: он позволяет только то, что вы разрешили, и его можно отозвать в любой момент.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the wiki, open &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt;, make one named &lt;i&gt;glamuploader&lt;/i&gt; with the rights to edit, create pages and upload files, and enter here &lt;i&gt;YourName@glamuploader&lt;/i&gt; and the password the wiki shows you. &lt;a href=&quot;%2&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation>Откройте в вики страницу &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt;, создайте пароль бота с именем &lt;i&gt;glamuploader&lt;/i&gt; и правами на правку, создание страниц и загрузку файлов, затем введите здесь &lt;i&gt;YourName@glamuploader&lt;/i&gt; и пароль, который покажет вики. &lt;a href=&quot;%2&quot;&gt;Как работают пароли ботов&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New batches will go to: %1</source>
        <translation>Вики для новых пакетов: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author: %1</source>
        <translation>Автор: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: %1</source>
        <translation>Лицензия: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of this can be changed under Edit ▸ Preferences, and this assistant is under Help. The guide (Help ▸ Guide, F1) shows the common job step by step.</source>
        <translation>Всё это можно изменить в меню Правка ▸ Настройки, а этот мастер можно снова открыть из меню «Справка». Руководство (Справка ▸ Руководство, F1) шаг за шагом показывает обычный порядок работы.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Welcome to GLAM Uploader</source>
        <translation>Добро пожаловать в GLAM Uploader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which wiki?</source>
        <translation>Какая вики?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your bot password</source>
        <translation>Ваш пароль бота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author and licence</source>
        <translation>Автор и лицензия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few questions, once. Each can be skipped with Next.</source>
        <translation>Несколько вопросов, всего один раз. Любой можно пропустить кнопкой «Далее».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where new batches are uploaded.</source>
        <translation>Куда загружаются новые пакеты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So that uploads can start without asking. You can skip this and log in when you upload.</source>
        <translation>Чтобы загрузка начиналась без лишних вопросов. Этот шаг можно пропустить и войти при загрузке.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What new batches start with; each file can still have its own.</source>
        <translation>Исходные значения для новых пакетов; у каждого файла по-прежнему может быть своё.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can start.</source>
        <translation>Можно начинать.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GLAM Uploader uploads photos and scans to Wikimedia Commons: many at once, with descriptions, categories and structured data, and shows every problem before anything is sent.</source>
        <translation>GLAM Uploader загружает фотографии и сканы на Викисклад — много сразу, с описаниями, категориями и структурированными данными — и показывает все проблемы до того, как что-либо будет отправлено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language of the app</source>
        <translation>&amp;Язык приложения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The real Commons: what you upload is public at once.</source>
        <translation>Настоящий Викисклад: всё загруженное сразу становится общедоступным.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test copy of Commons, to try things out; it is emptied from time to time.</source>
        <translation>Тестовая копия Викисклада, чтобы всё опробовать; время от времени её очищают.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A wiki on this computer, to try the app without an account (needs PHP and MediaWiki installed).</source>
        <translation>Вики на этом компьютере, чтобы попробовать приложение без учётной записи (нужны установленные PHP и MediaWiki).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>YourName@glamuploader</source>
        <translation>YourName@glamuploader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation>например, [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation>&amp;Имя учётной записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the password in the system keyring</source>
        <translation>&amp;Хранить пароль в системном хранилище паролей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the login</source>
        <translation>Проверить &amp;вход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the sandbox wiki&apos;s &amp;test account</source>
        <translation>Использовать учётную запись &amp;тестовой вики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The author is how you want to be credited, e.g. [[User:Name|Name]]. The licence applies to your own photos; for museum scans choose per file.</source>
        <translation>В поле «Автор» укажите, как вас называть при указании авторства, например [[User:Name|Name]]. Лицензия относится к вашим собственным фотографиям; для музейных сканов выбирайте её для каждого файла отдельно.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Author</source>
        <translation>&amp;Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Li&amp;cence</source>
        <translation>&amp;Лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose per batch</source>
        <translation>Выбирать для каждого пакета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../src/glamuploader/ui/gridview.py" line="+107"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the files as a table, a column per field, as in a spreadsheet</source>
        <translation>Показать файлы таблицей: по столбцу на поле, как в электронной таблице</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop photos or folders here, or use Import folder.

Then select files to describe them; the Problems panel below says what is still needed before upload.</source>
        <translation>Перетащите сюда фотографии или папки либо воспользуйтесь командой «Импортировать папку».

Затем выберите файлы, чтобы описать их; панель «Проблемы» ниже покажет, чего ещё не хватает для загрузки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file matches the filter. Clear the filter to see all files.</source>
        <translation>Под фильтр не подходит ни один файл. Сбросьте фильтр, чтобы увидеть все файлы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by title, file name, description or category</source>
        <translation>Фильтр по названию, имени файла, описанию или категории</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picked</source>
        <translation>Выбранные</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not rejected</source>
        <translation>Кроме отклонённых</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked yet</source>
        <translation>Ещё без отметки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With one star or more</source>
        <translation>От одной звезды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With three stars or more</source>
        <translation>От трёх звёзд</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sort by file name</source>
        <translation>Сортировать по имени файла</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by date taken</source>
        <translation>Сортировать по дате съёмки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by title</source>
        <translation>Сортировать по названию</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by picks and stars</source>
        <translation>Сортировать по отметкам и звёздам</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/guide.py" line="+41"/>
        <source>The common job</source>
        <translation>Обычный порядок работы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a folder of photos on the window, or use File ▸ Import folder. All the new files are selected.</source>
        <translation>Перетащите папку с фотографиями в окно или воспользуйтесь командой Файл ▸ Импортировать папку. Все новые файлы окажутся выделены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With many files selected, what you type applies to all of them: choose the licence, type the author and a category (Enter adds it).</source>
        <translation>Если выделено несколько файлов, всё введённое применяется ко всем: выберите лицензию, введите автора и категорию (Enter добавляет её).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type one title for many files and they are numbered: &quot;Kazan walk 01&quot;, &quot;Kazan walk 02&quot;… Give a file its own description and caption where it needs one.</source>
        <translation>Введите одно название для нескольких файлов — и они будут пронумерованы: «Прогулка по Казани 01», «Прогулка по Казани 02»… Где нужно, дайте файлу собственное описание и подпись.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the Problems panel. Errors (red) must be fixed; warnings may be accepted.</source>
        <translation>Посмотрите на панель «Проблемы». Ошибки (красные) нужно исправить; предупреждения можно принять.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Upload (%1), log in with your bot password, and watch the files go up. Each uploaded file links to its page on the wiki.</source>
        <translation>Нажмите «Загрузить» (%1), войдите с паролем бота и следите, как загружаются файлы. Каждый загруженный файл ссылается на свою страницу в вики.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session kits</source>
        <translation>Наборы настроек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session kit holds an event&apos;s defaults: licence, author, categories, depicts, the title pattern and the languages to offer. An organiser saves one with File ▸ Save defaults as kit and hands it to the volunteers, who open it with File ▸ Open session kit before they import.</source>
        <translation>Набор настроек хранит значения по умолчанию для мероприятия: лицензию, автора, категории, что изображено, шаблон названия и языки, которые будут предложены. Организатор сохраняет его командой Файл ▸ Сохранить значения по умолчанию как набор настроек и передаёт волонтёрам, а те перед импортом открывают его командой Файл ▸ Открыть набор настроек.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File ▸ Batch defaults shows what every file of the batch starts with; a file&apos;s own value always wins.</source>
        <translation>Файл ▸ Значения по умолчанию для пакета показывает, какие значения изначально получает каждый файл пакета; собственное значение файла всегда важнее.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The table of problems</source>
        <translation>Таблица проблем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything that would make an upload fail, or a reviewer on Commons complain, is listed before anything is sent: missing licence or author, titles the wiki refuses or that are taken, categories that do not exist, files that are already on the wiki, damaged images.</source>
        <translation>Всё, из-за чего загрузка не удастся или к чему придерутся проверяющие на Викискладе, показывается ещё до отправки: не указаны лицензия или автор, названия, которые вики отклоняет или которые уже заняты, несуществующие категории, файлы, которые уже есть в вики, повреждённые изображения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A problem shared by many files is one row; open it to see them. Double-click a row to go to the file and the field to mend. Upload stays off while errors remain.</source>
        <translation>Проблема, общая для многих файлов, занимает одну строку; раскройте её, чтобы увидеть эти файлы. Дважды щёлкните строку, чтобы перейти к файлу и полю, которое нужно исправить. Пока остаются ошибки, загрузка недоступна.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choosing the best photos</source>
        <translation>Выбор лучших фотографий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space shows the selected photo filling the window; the arrows go on and back, Esc comes back. Z shows it at 100 % where the pointer is; drag it, or hold Shift and press the arrows, to look around.</source>
        <translation>Пробел показывает выделенную фотографию на всё окно; стрелки листают вперёд и назад, Esc возвращает обратно. Z показывает её в масштабе 100 % в том месте, где находится указатель; чтобы осмотреться, перетаскивайте её или удерживайте Shift и нажимайте стрелки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P picks, X rejects (a rejected photo is never checked nor uploaded), U unmarks, 0 to 5 give stars, and the next photo follows (Edit ▸ Go to the next photo after marking one). The list above the grid shows only the picks, what is not rejected, or the photos with stars.</source>
        <translation>P выбирает, X отклоняет (отклонённая фотография не проверяется и никогда не загружается), U снимает отметку, клавиши от 0 до 5 ставят звёзды, после чего выделяется следующая фотография (Правка ▸ Переходить к следующей фотографии после отметки). Список над сеткой миниатюр показывает только выбранные фотографии, все, кроме отклонённых, или фотографии со звёздами.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C compares two to four selected photos side by side, zoomed and moved together. Click the best one and press K: it is picked and the others are rejected.</source>
        <translation>C сравнивает от двух до четырёх выделенных фотографий рядом; масштаб и сдвиг у них общие. Щёлкните лучшую и нажмите K: она будет выбрана, а остальные — отклонены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit ▸ Stack similar photos shows each burst or near-copy as one photo with a count; Space on it compares them. Edit ▸ Keep the best of each stack picks the one with most stars in every stack and rejects the rest.</source>
        <translation>Команда «Правка ▸ Группировать похожие фотографии в стопки» показывает каждую серию снимков или почти одинаковые копии как одну фотографию со счётчиком; Пробел на ней открывает их сравнение. Команда «Правка ▸ Оставить лучшую в каждой стопке» выбирает в каждой стопке фотографию с наибольшим числом звёзд и отклоняет остальные.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[ and ] turn a photo a quarter. Only the copy sent is turned, by its orientation tag: your file is not changed and no pixel is compressed again (JPEG photos only).</source>
        <translation>[ и ] поворачивают фотографию на четверть оборота. Поворачивается только отправляемая копия, с помощью тега ориентации: ваш файл не меняется, и ни один пиксель не сжимается заново (только для фотографий JPEG).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S selects the whole scene: the photos taken without a gap of 20 minutes or a walk of 300 m between them. What you then write in the editor goes to all of them.</source>
        <translation>S выделяет всю сцену — фотографии, снятые без перерыва в 20 минут и без перехода на 300 м между ними. Всё, что вы затем введёте, применится ко всем этим фотографиям.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Museum spreadsheets</source>
        <translation>Музейные таблицы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File ▸ Fill in from a museum spreadsheet reads CSV, XLSX, ODS and Pattypan&apos;s .xls. Its columns are matched to the fields (you can change the match), each row to a file by name or accession number. Rows without a file and files without a row are named; nothing is dropped.</source>
        <translation>Файл ▸ Заполнить из музейной таблицы читает CSV, XLSX, ODS и файлы .xls от Pattypan. Столбцы таблицы сопоставляются с полями (сопоставление можно изменить), а каждая строка — с файлом по имени или инвентарному номеру. Строки без файла и файлы без строки перечисляются; ничего не теряется.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After a crash or a lost connection</source>
        <translation>После сбоя или обрыва связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your batch is saved as you work. Open the app again: it reopens the batch.</source>
        <translation>Пакет сохраняется по ходу работы. Откройте приложение снова — оно само откроет пакет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload journal knows which files reached the wiki. Press Upload again and it goes on with the rest; no file is sent twice. Pause stops after the file that is going up.</source>
        <translation>В журнале загрузок отмечено, какие файлы уже попали в вики. Нажмите «Загрузить» ещё раз — загрузка продолжится с оставшихся файлов; ни один файл не будет отправлен дважды. «Пауза» останавливает загрузку после файла, который загружается сейчас.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: upload</source>
        <translation>%1: загрузить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2: undo / redo</source>
        <translation>%1 / %2: отменить / повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: import files; %2: import a folder</source>
        <translation>%1: импортировать файлы; %2: импортировать папку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this guide</source>
        <translation>%1: это руководство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the grid and the table: P pick, X reject (never uploaded), U unmark, 0 to 5 stars; the next photo is selected after each.</source>
        <translation>В сетке миниатюр и в таблице: P — выбрать, X — отклонить (такой файл никогда не загружается), U — снять отметку, от 0 до 5 — звёзды; после каждой клавиши выделяется следующая фотография.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GLAM Uploader guide</source>
        <translation>Руководство по GLAM Uploader</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/kitdialog.py" line="+23"/>
        <source>Batch defaults</source>
        <translation>Значения по умолчанию для пакета</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These values apply to every file that does not have its own. Save them as a session kit to hand them to other volunteers.</source>
        <translation>Эти значения применяются ко всем файлам, у которых нет своих. Сохраните их как набор настроек, чтобы передать другим волонтёрам.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation>например, [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty for your own work</source>
        <translation>Оставьте пустым, если это ваша собственная работа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields: {title}, {date}, {n:03} (a number), {original} (the file name), {description:en}, and the kit&apos;s own fields such as {institution}</source>
        <translation>Поля: {title}, {date}, {n:03} (номер), {original} (имя файла), {description:en} и собственные поля набора настроек, например {institution}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One category a line</source>
        <translation>По одной категории в строке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One template a line, e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation>По одному шаблону в строке, например {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the category “%1”</source>
        <translation>Добавлять категорию «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the event or partnership</source>
        <translation>Название мероприятия или партнёрства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title pattern</source>
        <translation>Шаблон названия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description template</source>
        <translation>Шаблон описания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories for every file</source>
        <translation>Категории для каждого файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates for every file</source>
        <translation>Шаблоны для каждого файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy for every file</source>
        <translation>Конфиденциальность для всех файлов</translation>
    </message>
</context>
<context>
    <name>Kits</name>
    <message>
        <location filename="../src/glamuploader/ui/kits.py" line="+12"/>
        <source>Open session kit</source>
        <translation>Открыть набор настроек</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Session kits (*.kit.yaml)</source>
        <translation>Наборы настроек (*.kit.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save defaults as session kit</source>
        <translation>Сохранить значения по умолчанию как набор настроек</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="+91"/>
        <source>Add language</source>
        <translation>Добавить язык</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <location filename="../src/glamuploader/ui/licensetexts.py" line="+12"/>
        <source>CC0 — no rights reserved</source>
        <translation>CC0 — отказ от всех прав</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 4.0 — attribution</source>
        <translation>CC BY 4.0 — с указанием авторства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 4.0 — attribution, share alike</source>
        <translation>CC BY-SA 4.0 — с указанием авторства, на тех же условиях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 3.0 — attribution, share alike (older version)</source>
        <translation>CC BY-SA 3.0 — с указанием авторства, на тех же условиях (старая версия)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 3.0 — attribution (older version)</source>
        <translation>CC BY 3.0 — с указанием авторства (старая версия)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 70 years ago</source>
        <translation>Общественное достояние — автор умер более 70 лет назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 100 years ago</source>
        <translation>Общественное достояние — автор умер более 100 лет назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — photo of an old 2D artwork</source>
        <translation>Общественное достояние — фотография старого двумерного произведения искусства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain in the USA — copyright expired</source>
        <translation>Общественное достояние в США — срок охраны авторских прав истёк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — work of the US federal government</source>
        <translation>Общественное достояние — произведение федерального правительства США</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anyone may use the file for anything, without even naming you. Only for your own work.</source>
        <translation>Каждый может использовать файл как угодно, даже не указывая вашего имени. Только для собственных работ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone may use and change the file, also commercially, if they name the author.</source>
        <translation>Каждый может использовать и изменять файл, в том числе в коммерческих целях, если укажет автора.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone may use and change the file, also commercially, if they name the author and share changed versions under the same licence. The usual choice on Commons.</source>
        <translation>Каждый может использовать и изменять файл, в том числе в коммерческих целях, если укажет автора и будет распространять изменённые версии под той же лицензией. Обычный выбор на Викискладе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As CC BY-SA 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation>Как CC BY-SA 4.0; выбирайте, только если источник опубликовал файл под версией 3.0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As CC BY 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation>Как CC BY 4.0; выбирайте, только если источник опубликовал файл под версией 3.0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 70 years ago. Give the author and the date of the work.</source>
        <translation>Для произведений, автор которых умер более 70 лет назад. Укажите автора и дату произведения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 100 years ago; safe in almost every country.</source>
        <translation>Для произведений, автор которых умер более 100 лет назад; подходит почти для любой страны.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For faithful photos or scans of flat artworks (paintings, drawings, documents) whose author died more than 70 years ago.</source>
        <translation>Для точных фотографий или сканов плоских произведений (картин, рисунков, документов), автор которых умер более 70 лет назад.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For works published in the USA long enough ago that copyright has expired there.</source>
        <translation>Для произведений, опубликованных в США так давно, что срок охраны авторских прав там истёк.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works made by US federal government employees in their duties.</source>
        <translation>Для произведений, созданных служащими федерального правительства США при исполнении обязанностей.</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/listfield.py" line="+78"/>
        <source>Add to selected</source>
        <translation>Добавить к выбранным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — batch default, on every file</source>
        <translation>%1 — по умолчанию для пакета, у каждого файла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set in File ▸ Batch defaults; every file of the batch gets it. Remove it there if it does not fit every photo.</source>
        <translation>Задаётся в меню «Файл ▸ Значения по умолчанию для пакета»; это значение получает каждый файл пакета. Уберите его там, если оно подходит не ко всем фотографиям.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 of %3 files</source>
        <translation>%1 — файлов: %2 из %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only some of the selected files have this. Add it again to give it to all of them.</source>
        <translation>Это значение есть только у части выбранных файлов. Добавьте его ещё раз, чтобы назначить всем.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+33"/>
        <source>Enter your user name and bot password.</source>
        <translation>Введите имя учётной записи и пароль бота.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki has no such account. Check the user name (for a bot password: YourName@Suffix).</source>
        <translation>В вики нет такой учётной записи. Проверьте имя учётной записи (для пароля бота: YourName@Suffix).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The wiki refused the password. Use the password Special:BotPasswords showed, with YourName@Suffix.</source>
        <translation>Вики отклонила пароль. Используйте пароль, выданный на странице Special:BotPasswords, с именем YourName@Suffix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many login attempts. Wait a few minutes and try again.</source>
        <translation>Слишком много попыток входа. Подождите несколько минут и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not be reached. Check your connection.</source>
        <translation>Не удалось связаться с вики. Проверьте подключение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the login.</source>
        <translation>Вики отклонила вход.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/logindialog.py" line="+13"/>
        <source>Log in to %1</source>
        <translation>Вход в %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in with a &lt;b&gt;bot password&lt;/b&gt;: on the wiki, open Special:BotPasswords, make one (e.g. named &lt;i&gt;glamuploader&lt;/i&gt;, with the rights to edit, create pages and upload files) and log in here as &lt;i&gt;YourName@glamuploader&lt;/i&gt;. &lt;a href=&quot;%1&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation>Войдите с &lt;b&gt;паролем бота&lt;/b&gt;: в вики откройте Special:BotPasswords, создайте пароль (например, с именем &lt;i&gt;glamuploader&lt;/i&gt; и правами на правку, создание страниц и загрузку файлов) и войдите здесь под именем &lt;i&gt;YourName@glamuploader&lt;/i&gt;. &lt;a href=&quot;%1&quot;&gt;Как работают пароли ботов&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>YourName@glamuploader</source>
        <translation>YourName@glamuploader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the password in the system keyring</source>
        <translation>Хранить пароль в системном хранилище паролей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Имя учётной записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the sandbox wiki&apos;s test account</source>
        <translation>Использовать учётную запись тестовой вики</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+204"/>
        <location line="+2"/>
        <source>Edit %1</source>
        <translation>Правка: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Import &amp;files…</source>
        <translation>Импортировать &amp;файлы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in from a &amp;museum spreadsheet…</source>
        <translation>Заполнить из &amp;музейной таблицы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open batch…</source>
        <translation>&amp;Открыть пакет…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save batch &amp;as…</source>
        <translation>Сохранить пакет &amp;как…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open session &amp;kit…</source>
        <translation>Открыть &amp;набор настроек…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save defaults as kit…</source>
        <translation>Сохранить значения по умолчанию как набор настроек…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch &amp;defaults…</source>
        <translation>Значения по &amp;умолчанию для пакета…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upload…</source>
        <translation>&amp;Загрузить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move from batch</source>
        <translation>&amp;Убрать из пакета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New batch</source>
        <translation>&amp;Создать пакет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;About GLAM Uploader</source>
        <translation>&amp;О программе GLAM Uploader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First-run assistant…</source>
        <translation>Мастер &amp;первого запуска…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wiki</source>
        <translation>&amp;Вики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation>Главная панель инструментов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1, %2. Target: %3</source>
        <comment>files, errors, wiki</comment>
        <translation>%1, %2. Загрузка в %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is being opened by another program right now. Try again in a moment.</source>
        <translation>%1 сейчас открывается другой программой. Попробуйте ещё раз чуть позже.</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n file(s) that are not photos or other media were left out: %1</source>
        <translation>
            <numerusform>Пропущен %n файл, не являющийся фотографией или другим медиафайлом: %1</numerusform>
            <numerusform>Пропущено %n файла, не являющихся фотографиями или другими медиафайлами: %1</numerusform>
            <numerusform>Пропущено %n файлов, не являющихся фотографиями или другими медиафайлами: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>About GLAM Uploader</source>
        <translation>О программе GLAM Uploader</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="+23"/>
        <source>A better version of %1</source>
        <translation>Улучшенная версия файла %1</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+17"/>
        <source>New version of %1</source>
        <translation>Новая версия файла %1</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n cell(s) changed.</source>
        <translation>
            <numerusform>Изменена %n ячейка.</numerusform>
            <numerusform>Изменены %n ячейки.</numerusform>
            <numerusform>Изменено %n ячеек.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change batch defaults</source>
        <translation>Изменить значения по умолчанию для пакета</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Remove %n file(s)</source>
        <translation>
            <numerusform>Убрать %n файл</numerusform>
            <numerusform>Убрать %n файла</numerusform>
            <numerusform>Убрать %n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove %n file(s) from the batch?</source>
        <translation>
            <numerusform>Убрать %n файл из пакета?</numerusform>
            <numerusform>Убрать %n файла из пакета?</numerusform>
            <numerusform>Убрать %n файлов из пакета?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them are uploaded: the batch would no longer list their pages.</source>
        <translation>
            <numerusform>%n из них уже загружен: их страницы пропадут из списка пакета.</numerusform>
            <numerusform>%n из них уже загружены: их страницы пропадут из списка пакета.</numerusform>
            <numerusform>%n из них уже загружены: их страницы пропадут из списка пакета.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them have titles, descriptions or other values you gave.</source>
        <translation>
            <numerusform>У %n из них есть заданные вами названия, описания или другие значения.</numerusform>
            <numerusform>У %n из них есть заданные вами названия, описания или другие значения.</numerusform>
            <numerusform>У %n из них есть заданные вами названия, описания или другие значения.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files on disk are not touched, and Undo puts them back.</source>
        <translation>Файлы на диске не затрагиваются, а «Отменить» вернёт их.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Upload to:</source>
        <translation>Загружать в:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki this batch goes to. Changing it can be undone.</source>
        <translation>Вики, куда загружается этот пакет. Изменение можно отменить.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upload to %1</source>
        <translation>Загружать в %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Import fo&amp;lder…</source>
        <translation>Импортировать &amp;папку…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Will be uploaded as: File:%1</source>
        <translation>Имя при загрузке: File:%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Offline: suggestions come from earlier searches</source>
        <translation>Нет подключения: подсказки берутся из прежних запросов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki or Wikidata cannot be reached. Categories and items you choose now are checked again when back online.</source>
        <translation>Вики или Викиданные недоступны. Категории и элементы, выбранные сейчас, будут проверены снова, когда подключение восстановится.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New batch</source>
        <translation>Новый пакет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (read-only)</source>
        <translation>%1 (только чтение)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — GLAM Uploader</source>
        <translation>%1 — GLAM Uploader</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>another copy of GLAM Uploader</source>
        <translation>другая копия GLAM Uploader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a glamuploader command</source>
        <translation>команда glamuploader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is open in %2 (process %3 of %4 on %5, since %6). Only one may change it at a time. Open it read-only, to look without saving?</source>
        <translation>%1 уже открыт: %2 (процесс %3 пользователя %4 на компьютере %5, с %6). Изменять его может только одна программа за раз. Открыть только для чтения, чтобы посмотреть без сохранения?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open read-only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The batch file was damaged (%1). Its last good copy was opened instead; the damaged file is kept as %2.</source>
        <translation>Файл пакета был повреждён (%1). Вместо него открыта последняя исправная копия; повреждённый файл сохранён как %2.</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+14"/>
        <location line="+32"/>
        <location line="+22"/>
        <location line="+109"/>
        <source>GLAM Uploader</source>
        <translation>GLAM Uploader</translation>
    </message>
    <message numerus="yes">
        <location line="-99"/>
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>Импортирован %n файл.</numerusform>
            <numerusform>Импортировано %n файла.</numerusform>
            <numerusform>Импортировано %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="-10"/>
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a folder</source>
        <translation>Импорт папки</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open batch</source>
        <translation>Открыть пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>GLAM Uploader batches (*.glam.yaml)</source>
        <translation>Пакеты GLAM Uploader (*.glam.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save batch as</source>
        <translation>Сохранить пакет как</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/mappingdialog.py" line="+22"/>
        <source>Columns of %1</source>
        <translation>Столбцы файла %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n строка.</numerusform>
            <numerusform>%n строки.</numerusform>
            <numerusform>%n строк.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as %1, columns separated by “%2”.</source>
        <translation>Прочитано в кодировке %1, столбцы разделены знаком «%2».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what each column is; a column left as “not used” is not read.</source>
        <translation>Выберите, что содержит каждый столбец; столбец «не используется» не читается.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not used</source>
        <translation>не используется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file (name or path)</source>
        <translation>файл (имя или путь)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>extra template parameter “%1”</source>
        <translation>дополнительный параметр шаблона «%1»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>their order: the first row is the first file</source>
        <translation>по порядку: первая строка — первый файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Match rows to files by</source>
        <translation>Сопоставлять строки с файлами по</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the files</source>
        <translation>Заполнить файлы</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/glamuploader/messages.py" line="+20"/>
        <source>The file is not there any more. Put it back, or remove it from the batch.</source>
        <translation>Файла больше нет на месте. Верните его или уберите из пакета.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}). Check that it is not open elsewhere and that you may read it.</source>
        <translation>Не удаётся прочитать файл ({reason}). Проверьте, что он не открыт в другой программе и что у вас есть право его читать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty (0 bytes). Copy it again from the camera or the source.</source>
        <translation>Файл пуст (0 байт). Скопируйте его заново с камеры или из источника.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a kind of file Commons accepts (its content is not an image, sound, video or document we recognise).</source>
        <translation>Викисклад не принимает файлы такого типа (его содержимое не распознано как изображение, звук, видео или документ).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file seems cut short: the end of the image is missing. Copy it again from the source if you can.</source>
        <translation>Файл, похоже, обрезан: конец изображения отсутствует. Если можете, скопируйте его заново из источника.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged and cannot be opened as an image ({reason}). Copy it again from the source.</source>
        <translation>Файл повреждён и не открывается как изображение ({reason}). Скопируйте его заново из источника.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image says it is {width} × {height} pixels, more than {limit} pixels: it may be a decompression bomb. It was not opened.</source>
        <translation>Согласно данным изображения, его размер {width} × {height} пикселей — больше {limit} пикселей; возможно, это «бомба-декомпрессор». Файл не открыт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name ends in .{extension} but the file is really {detected}. It will be uploaded as .{detected}.</source>
        <translation>Имя файла оканчивается на .{extension}, но на самом деле это {detected}. Он будет загружен как .{detected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data (EXIF) in this file cannot be read ({reason}); the date and location must be entered by hand.</source>
        <translation>Не удаётся прочитать данные камеры (EXIF) в этом файле ({reason}); дату и место придётся ввести вручную.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data field {tag} holds an impossible value ({value}); it was ignored.</source>
        <translation>Поле данных камеры {tag} содержит невозможное значение ({value}); оно проигнорировано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name contains invisible control or text-direction characters; they are left out of the title.</source>
        <translation>Имя файла содержит невидимые управляющие символы или символы направления текста; в название они не попадут.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file says only when it was last changed ({modified}), not when the photo was taken. Give the date, or leave it empty.</source>
        <translation>В файле указано только время последнего изменения ({modified}), а не дата съёмки. Укажите дату или оставьте поле пустым.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no title. Give it a title that says what the picture shows.</source>
        <translation>У файла нет названия. Дайте ему название, из которого ясно, что изображено на снимке.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is {bytes} bytes long; Commons allows {limit}. Shorten it (letters outside Latin take 2-4 bytes each).</source>
        <translation>Длина названия в байтах: {bytes}; Викисклад допускает не более {limit}. Сократите его (каждая нелатинская буква занимает 2–4 байта).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short ({length} characters; at least {minimum}). Say what the picture shows.</source>
        <translation>Название слишком короткое (символов: {length}; нужно не меньше {minimum}). Опишите в нём, что изображено на снимке.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains characters that cannot be in a file name: {chars}. Remove or replace them.</source>
        <translation>Название содержит символы, недопустимые в имени файла: {chars}. Удалите или замените их.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains invisible characters ({chars}). Retype the title.</source>
        <translation>Название содержит невидимые символы ({chars}). Наберите название заново.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” looks like a name a camera gives; Commons refuses those. Give a title that says what the picture shows.</source>
        <translation>«{title}» похоже на имя, которое присваивает камера; Викисклад такие имена не принимает. Дайте название, из которого ясно, что изображено на снимке.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is not in the normal Unicode form; it will be normalised.</source>
        <translation>Название не в нормальной форме Unicode; оно будет нормализовано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title ends in .{extension} but the file is .{expected}.</source>
        <translation>Название оканчивается на .{extension}, но файл — .{expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another file of this batch has the same title ({other}). Make the titles different, e.g. with {{n}} in the title pattern.</source>
        <translation>У другого файла этого пакета такое же название ({other}). Сделайте названия разными, например с {{n}} в шаблоне названия.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern uses {{{field}}}, which is not a known field.</source>
        <translation>Шаблон названия использует {{{field}}} — такого поля нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern “{pattern}” cannot be used: check its braces {{ }} and field names.</source>
        <translation>Шаблон названия «{pattern}» нельзя использовать: проверьте фигурные скобки {{ }} и имена полей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is the same as {other} in this batch (same content). Remove one of them.</source>
        <translation>Этот файл совпадает с {other} в этом пакете (то же содержимое). Уберите один из них.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title ({reason}). Choose a more descriptive title.</source>
        <translation>Вики не разрешает такое название ({reason}). Выберите другое, более понятное название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different file with this title is already on the wiki: {url}. Choose another title.</source>
        <translation>Другой файл с таким названием уже есть в вики: {url}. Выберите другое название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No licence is chosen. Choose the licence the author gave.</source>
        <translation>Лицензия не выбрана. Выберите лицензию, которую дал автор.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence “{license}” is not one this app knows. Choose one from the list.</source>
        <translation>Лицензия «{license}» этому приложению неизвестна. Выберите лицензию из списка.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence {license} is only for your own work, but the source names someone else. Choose the licence the source gave.</source>
        <translation>Лицензия {license} — только для собственных работ, а в источнике указан другой человек. Выберите лицензию, которую дал источник.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No author is given. Name the photographer or creator.</source>
        <translation>Автор не указан. Укажите фотографа или создателя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No source is given. Say where the file comes from (a museum, a book, a web address).</source>
        <translation>Источник не указан. Укажите, откуда файл (музей, книга, веб-адрес).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no description. Add one in at least one language.</source>
        <translation>Нет описания. Добавьте его хотя бы на одном языке.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” is not a language code Commons knows.</source>
        <translation>Викискладу неизвестен код языка «{language}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” cannot be a language code. Use a code like en, tr or ar.</source>
        <translation>«{language}» не может быть кодом языка. Используйте код вроде en, tr или ar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a date. Write it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>«{value}» — не дата. Пишите в виде ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is in the future. Check the camera&apos;s clock.</source>
        <translation>Дата {value} — в будущем. Проверьте часы камеры.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no category. Add at least one so people can find it.</source>
        <translation>У файла нет категории. Добавьте хотя бы одну, чтобы его могли найти.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{category}” cannot be a category name.</source>
        <translation>«{category}» не может быть названием категории.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a Wikidata item id (like Q42).</source>
        <translation>«{value}» — не идентификатор элемента Викиданных (вроде Q42).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location {latitude}, {longitude} is not on Earth&apos;s map. Check latitude (−90…90) and longitude (−180…180).</source>
        <translation>Координаты {latitude}, {longitude} не указывают на точку на Земле. Проверьте широту (−90…90) и долготу (−180…180).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{template}” is not a single, complete template.</source>
        <translation>«{template}» не является одним целым шаблоном.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” cannot be used for {field} in structured data. Give a Wikidata item id (like Q42), a web address starting with https://, or a user name, as the field asks.</source>
        <translation>«{value}» нельзя использовать для поля {field} в структурированных данных. Укажите идентификатор элемента Викиданных (например, Q42), веб-адрес, начинающийся с https://, или имя участника — смотря что требует поле.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inventory number {value} is written to structured data only with the collection it belongs to. Add the collection&apos;s Wikidata item.</source>
        <translation>Инвентарный номер {value} записывается в структурированные данные только вместе с коллекцией, к которой он относится. Добавьте элемент Викиданных этой коллекции.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caption in {language} is {length} characters long; Commons allows {limit}. Shorten it: the description can say more.</source>
        <translation>Подпись на языке {language} длиной {length} символов; Викисклад допускает не более {limit}. Сократите её: подробности можно написать в описании.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki as {title}: {url}. It will not be uploaded again.</source>
        <translation>Точно такой же файл уже есть в вики под именем {title}: {url}. Повторно он загружен не будет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept .{extension} files.</source>
        <translation>Вики не принимает файлы .{extension}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is {size} bytes; the wiki accepts at most {limit}.</source>
        <translation>Размер файла — {size} байт; вики принимает не более {limit}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported. Import it again.</source>
        <translation>Файл изменился на диске после импорта. Импортируйте его заново.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported ({changed}). Its facts were read again and the new file will be sent; check that the title and description still fit.</source>
        <translation>Файл изменился на диске после импорта ({changed}). Сведения о нём прочитаны заново, и будет отправлен новый файл; проверьте, что название и описание всё ещё подходят.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not the name of a file on the wiki. Give the file to replace as File:Name.jpg, or clear the field to upload a new file.</source>
        <translation>«{value}» — не имя файла в вики. Укажите заменяемый файл в виде File:Name.jpg или очистите поле, чтобы загрузить новый файл.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file {title} on the wiki to replace. Check the name, or clear “new version of” to upload a new file.</source>
        <translation>В вики нет файла {title}, который можно заменить. Проверьте имя или очистите поле «новая версия файла», чтобы загрузить новый файл.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new version keeps the file type: {title} is .{expected}, this file is .{extension}. Upload it as a new file instead.</source>
        <translation>Новая версия сохраняет тип файла: {title} — файл .{expected}, а этот файл — .{extension}. Загрузите его как новый файл.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is marked as a new version of {title}. Run upload with --new-versions to replace that file, or clear the mark.</source>
        <translation>Этот файл отмечен как новая версия {title}. Чтобы заменить тот файл, запустите upload с параметром --new-versions или снимите отметку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a privacy choice. Use “location” (remove the place) or “camera” (remove all camera data), or leave it empty.</source>
        <translation>«{value}» — не вариант конфиденциальности. Укажите «location» (убрать место съёмки) или «camera» (убрать все данные камеры) либо оставьте поле пустым.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location or camera data cannot be removed from a .{kind} file without changing its pixels ({detail}). Remove it with another program, or clear the privacy choice.</source>
        <translation>Местоположение или данные камеры нельзя удалить из файла .{kind}, не изменив его пиксели ({detail}). Удалите их другой программой или отмените выбор в поле «Конфиденциальность».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .{kind} file cannot be turned without changing its pixels: only JPEG photos are turned, by their orientation tag. Turn it in a photo editor and import it again, or set the turn back to none.</source>
        <translation>Файл .{kind} нельзя повернуть, не изменив его пиксели: поворачиваются только фотографии JPEG, с помощью тега ориентации. Поверните его в графическом редакторе и импортируйте заново или уберите поворот.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo could not be turned: {reason}. Export it again from the camera or editor, or set the turn back to none.</source>
        <translation>Не удалось повернуть фотографию: {reason}. Экспортируйте её заново из камеры или графического редактора или уберите поворот.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged where its camera data is kept ({detail}), so no cleaned copy could be made. Export it again from the camera or editor.</source>
        <translation>Файл повреждён в том месте, где хранятся данные камеры ({detail}), поэтому очищенную копию сделать не удалось. Экспортируйте его заново из камеры или графического редактора.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Did you mean “{suggestion}”?</source>
        <translation>В вики нет категории «{category}». Возможно, вы имели в виду «{suggestion}»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Check the spelling, choose an existing category, or create this one first.</source>
        <translation>В вики нет категории «{category}». Проверьте написание, выберите существующую категорию или сначала создайте эту.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category “{category}” was moved to “{target}”. Use “{target}” instead.</source>
        <translation>Категория «{category}» переименована в «{target}». Используйте «{target}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} could not be confirmed as a Wikidata item (not found, or Wikidata could not be reached and it is not in the lookups cache). Check the Q-id.</source>
        <translation>Не удалось подтвердить, что {value} — элемент Викиданных (он не найден, либо Викиданные недоступны и его нет в кэше поиска). Проверьте Q-идентификатор.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file does not exist.</source>
        <translation>Файл не найден.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}).</source>
        <translation>Не удаётся прочитать файл ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is too large to be a batch ({size} bytes).</source>
        <translation>Файл слишком велик для пакета ({size} байт).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value here is {size} bytes long; no field of a batch is longer than {limit}. Remove it in a text editor, or restore a copy.</source>
        <translation>Одно из значений здесь длиной {size} байт, а ни одно поле пакета не бывает длиннее {limit}. Удалите его в текстовом редакторе или восстановите копию.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a {expected} file.</source>
        <translation>Это не файл {expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has format {format}; this version of the app reads format {supported}. Update the app.</source>
        <translation>Формат файла — {format}; эта версия приложения читает формат {supported}. Обновите приложение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field “{field}” should be {expected}.</source>
        <translation>Поле «{field}» должно быть {expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet cannot be read ({reason}). Open it in your spreadsheet program and save it again as CSV, XLSX or ODS.</source>
        <translation>Таблицу не удаётся прочитать ({reason}). Откройте её в программе для таблиц и сохраните заново как CSV, XLSX или ODS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet has no header row. Its first row should name the columns (for example “accession number”, “title”).</source>
        <translation>В таблице нет строки заголовков. Первая строка должна называть столбцы (например, «инвентарный номер», «название»).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A different file already has this title on the wiki. Choose another title.</source>
        <translation>В вики уже есть другой файл с таким названием. Выберите другое название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title. Choose a more descriptive title.</source>
        <translation>Вики не разрешает такое название. Выберите другое, более понятное название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has characters a file name on the wiki cannot have. Change the title.</source>
        <translation>В названии есть символы, недопустимые в имени файла в вики. Измените название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short for the wiki. Give a longer, descriptive title.</source>
        <translation>Название слишком короткое для вики. Дайте более длинное и понятное название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too long for the wiki. Shorten it.</source>
        <translation>Название слишком длинное для вики. Сократите его.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has no file extension the wiki accepts for this file. Check the file type.</source>
        <translation>В названии нет расширения, которое вики принимает для этого файла. Проверьте тип файла.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept this type of file.</source>
        <translation>Вики не принимает файлы такого типа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki discourages this type of file. Convert it to a preferred format.</source>
        <translation>Вики не рекомендует этот тип файлов. Преобразуйте файл в предпочтительный формат.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki found the file&apos;s content does not match its type, or it is damaged.</source>
        <translation>Вики обнаружила, что содержимое файла не соответствует его типу или файл повреждён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is larger than the wiki accepts.</source>
        <translation>Файл больше, чем принимает вики.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty. Check that it was copied completely.</source>
        <translation>Файл пуст. Проверьте, что он скопирован полностью.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is no longer where it was imported from. Put it back, or remove it from the batch.</source>
        <translation>Файла больше нет там, откуда он был импортирован. Верните его на место или уберите из пакета.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki.</source>
        <translation>Точно такой же файл уже есть в вики.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file with this title was deleted from the wiki before. Check why before uploading again.</source>
        <translation>Файл с таким названием раньше был удалён из вики. Прежде чем загружать снова, выясните почему.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file was uploaded before and deleted. Check why before uploading again.</source>
        <translation>Точно такой же файл уже загружали и удалили. Прежде чем загружать снова, выясните почему.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title starts like a camera file name. Give a descriptive title.</source>
        <translation>Название начинается как имя файла с камеры. Дайте понятное название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki changed the title because it had characters a file name cannot have.</source>
        <translation>Вики изменила название, потому что в нём были символы, недопустимые в имени файла.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file looks like a thumbnail of another file. Upload the full-size original.</source>
        <translation>Файл похож на миниатюру другого файла. Загрузите полноразмерный оригинал.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title looks like a thumbnail&apos;s name (it starts with a size). Change the title.</source>
        <translation>Название похоже на имя миниатюры (начинается с размера). Измените название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploads are switched off on this wiki.</source>
        <translation>В этой вики загрузка файлов отключена.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the file without saying why. Try again later, or upload it by hand to see the reason.</source>
        <translation>Вики отклонила файл, не объяснив причину. Попробуйте позже или загрузите его вручную, чтобы увидеть причину.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki asked us to slow down (rate limit) and the file was tried several times. Upload again later to go on.</source>
        <translation>Вики попросила снизить скорость (ограничение частоты запросов); файл пытались отправить несколько раз. Чтобы продолжить, повторите загрузку позже.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki&apos;s servers were too busy and the file was tried several times. Upload again later to go on.</source>
        <translation>Серверы вики были перегружены; файл пытались отправить несколько раз. Чтобы продолжить, повторите загрузку позже.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki is read-only for maintenance. Upload again later to go on.</source>
        <translation>Вики на обслуживании и доступна только для чтения. Чтобы продолжить, повторите загрузку позже.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not keep the file&apos;s pieces (chunks). Upload again to go on.</source>
        <translation>Вики не смогла сохранить части файла. Чтобы продолжить, повторите загрузку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login session ended and could not be renewed in time. Upload again to go on.</source>
        <translation>Сеанс входа завершился и не был вовремя обновлён. Чтобы продолжить, повторите загрузку.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The wiki answered with an error the app does not know ({code}). Upload again later; if it stays, upload this file by hand to see more.</source>
        <extracomment>for an error code the app has no words for: the wiki&apos;s code and text, and what to do</extracomment>
        <translation>Вики ответила ошибкой, незнакомой приложению ({code}). Повторите загрузку позже; если ошибка останется, загрузите этот файл вручную, чтобы узнать подробности.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The wiki could not be reached. Check the connection; the upload can be resumed.</source>
        <translation>Не удалось связаться с вики. Проверьте подключение; загрузку можно будет продолжить.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The batch file is damaged or was changed by hand in a way the app cannot read ({reason}). Open its last good copy (the same name ending in .bak, beside it), or undo the hand edit in a text editor.</source>
        <translation>Файл пакета повреждён или изменён вручную так, что приложение не может его прочитать ({reason}). Откройте последнюю исправную копию (файл с тем же именем и окончанием .bak, лежащий рядом) или отмените ручную правку в текстовом редакторе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file holds an instruction that could run a program ({reason}), so it was not read. If you did not put it there, use the last good copy (the same name ending in .bak).</source>
        <translation>Файл пакета содержит инструкцию, которая может запустить программу ({reason}), поэтому он не был прочитан. Если вы её туда не добавляли, используйте последнюю исправную копию (файл с тем же именем и окончанием .bak).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses shorthand (&amp; and * marks) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation>В файле пакета есть сокращения (знаки &amp; и *), которые это приложение не читает. Выпишите каждое значение полностью в текстовом редакторе или используйте последнюю исправную копию (.bak).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses a shorthand merge (&lt;&lt;) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation>В файле пакета есть сокращённое слияние (&lt;&lt;), которое это приложение не читает. Выпишите каждое значение полностью в текстовом редакторе или используйте последнюю исправную копию (.bak).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The wiki has not yet given the number of the new file page, so its captions and statements could not be written now.</source>
        <extracomment>why one file was not uploaded, by ``UploadOutcome.error`` (see wiki/upload.py); the wiki&apos;s own words follow in brackets</extracomment>
        <translation>Вики ещё не сообщила номер новой страницы файла, поэтому подписи и утверждения пока не записаны.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You are not logged in, or the session expired. Log in again.</source>
        <translation>Вы не вошли в систему, или сеанс истёк. Войдите снова.</translation>
    </message>
</context>
<context>
    <name>MuseumFields</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+35"/>
        <source>Museum object</source>
        <translation>Музейный предмет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fields of the page&apos;s museum template. An artist or institution can be text, a template such as {{Creator:William Blake}}, or a Wikidata Q-id.</source>
        <translation>Поля музейного шаблона страницы. Художник или учреждение могут быть текстом, шаблоном вроде {{Creator:William Blake}} или Q-идентификатором Викиданных.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation>(различается у выбранных файлов)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — from the batch defaults</source>
        <translation>%1 — из значений по умолчанию для пакета</translation>
    </message>
</context>
<context>
    <name>MuseumSheet</name>
    <message>
        <location filename="../src/glamuploader/ui/museumsheet.py" line="+18"/>
        <location line="+55"/>
        <source>Fill in from a museum spreadsheet</source>
        <translation>Заполнить из музейной таблицы</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</source>
        <translation>Таблицы (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fill in from %1</source>
        <translation>Заполнить из %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row %1, column %2: %3</source>
        <translation>строка %1, столбец «%2»: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source> … and %1 more</source>
        <translation> … и ещё %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cells to mend in the spreadsheet:</source>
        <translation>Ячейки, которые нужно исправить в таблице:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was dropped: rows without a file stay in the spreadsheet, and files without a row keep what they had. Undo takes the whole filling back.</source>
        <translation>Ничего не потеряно: строки без файла остаются в таблице, а файлы без строки сохраняют прежние данные. «Отменить» отменяет всё заполнение целиком.</translation>
    </message>
</context>
<context>
    <name>PageTemplateBox</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+48"/>
        <source>%1 — from the batch defaults</source>
        <translation>%1 — из значений по умолчанию для пакета</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/preferences.py" line="+38"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Wikimedia Commons</source>
        <translation>Викисклад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta Commons (for testing)</source>
        <translation>Бета-Викисклад (для проверки)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local sandbox wiki (on this computer)</source>
        <translation>Локальная тестовая вики (на этом компьютере)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The wiki a new batch goes to: choose one, or type the address of any MediaWiki&apos;s api.php. The open batch&apos;s wiki is chosen in the toolbar.</source>
        <translation>Вики для новых пакетов: выберите или введите адрес api.php любой MediaWiki. Вики открытого пакета выбирается на панели инструментов.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose per batch</source>
        <translation>Выбирать для каждого пакета</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Upload new batches to</source>
        <translation>Загружать новые пакеты в</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wiki, bot password, author and licence, step by step…</source>
        <translation>Вики, пароль бота, автор и лицензия — по шагам…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first-run assistant: it can check your bot password</source>
        <translation>Мастер первого запуска: он может проверить ваш пароль бота</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation>например, [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the app</source>
        <translation>Язык приложения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default author</source>
        <translation>Автор по умолчанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default licence</source>
        <translation>Лицензия по умолчанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail size</source>
        <translation>Размер миниатюр</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/previewpanel.py" line="+53"/>
        <source>Wikitext</source>
        <translation>Викитекст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structured data</source>
        <translation>Структурированные данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered page</source>
        <translation>Готовая страница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captions and statements (depicts, licence, date, location…) written to the file after upload.</source>
        <translation>Подписи и утверждения (изображено, лицензия, дата, место…), записываемые в файл после загрузки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show as JSON (what is sent to the wiki)</source>
        <translation>Показать как JSON (то, что отправляется в вики)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show it as the wiki renders it</source>
        <translation>Показать в том виде, в каком её покажет вики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the wiki to render the page; nothing is saved there</source>
        <translation>Запрашивает у вики предпросмотр страницы; в вики ничего не сохраняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a file to see the page that will be sent.</source>
        <translation>Выберите файл, чтобы увидеть страницу, которая будет отправлена.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one file, then ask the wiki to render its page.</source>
        <translation>Выберите один файл и запросите у вики предпросмотр его страницы.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Caption (%1)</source>
        <translation>Подпись (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depicts</source>
        <translation>Изображено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creator</source>
        <translation>Создатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright status</source>
        <translation>Статус авторских прав</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source of file</source>
        <translation>Источник файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the photo was taken</source>
        <translation>Место съёмки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place shown</source>
        <translation>Изображённое место</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reproduces the artwork</source>
        <translation>Воспроизводит произведение искусства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection</source>
        <translation>Коллекция</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inventory number</source>
        <translation>Инвентарный номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author&apos;s name</source>
        <translation>Имя автора</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wikimedia user name</source>
        <translation>Имя участника Викимедиа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Described at</source>
        <translation>Описание на сайте</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking the wiki…</source>
        <translation>Запрос к вики…</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/problemspanel.py" line="+87"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Accept warning</source>
        <translation>Принять предупреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload anyway: the selected warning is not shown again for this file</source>
        <translation>Всё равно загрузить: выбранное предупреждение больше не будет показываться для этого файла</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1, %2.</source>
        <comment>errors to fix, warnings</comment>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s) to fix before upload</source>
        <translation>
            <numerusform>%n ошибка, которую нужно исправить до загрузки</numerusform>
            <numerusform>%n ошибки, которые нужно исправить до загрузки</numerusform>
            <numerusform>%n ошибок, которые нужно исправить до загрузки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <location line="-84"/>
        <source>(batch)</source>
        <translation>(пакет)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No problems.</source>
        <translation>Проблем нет.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../src/glamuploader/ui/qtwords.py" line="+20"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>От&amp;мена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+3"/>
        <source>Show Details...</source>
        <translation>Показать подробности...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide Details...</source>
        <translation>Скрыть подробности...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-16"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+9"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy &amp;Link Location</source>
        <translation>Скопировать &amp;адрес ссылки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-7"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/replacedialog.py" line="+11"/>
        <source>Find and replace</source>
        <translation>Найти и заменить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In column</source>
        <translation>В столбце</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>Заменить на</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace all</source>
        <translation>Заменить все</translation>
    </message>
</context>
<context>
    <name>Scenes</name>
    <message>
        <location filename="../src/glamuploader/ui/scenes.py" line="+29"/>
        <source>Select the &amp;whole scene</source>
        <translation>&amp;Выделить всю сцену</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the photos taken with the selected one, without a gap of 20 minutes or 300 m walked between them (key: S)</source>
        <translation>Выделить фотографии, снятые вместе с выделенной, без перерыва в 20 минут и без перехода на 300 м между ними (клавиша S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a photo of the scene first.</source>
        <translation>Сначала выделите фотографию из этой сцены.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n photo(s) of this scene selected: what you write in the editor now goes to all of them.</source>
        <translation>
            <numerusform>Выделена %n фотография этой сцены: всё, что вы теперь введёте, применится ко всем выделенным.</numerusform>
            <numerusform>Выделено %n фотографии этой сцены: всё, что вы теперь введёте, применится ко всем.</numerusform>
            <numerusform>Выделено %n фотографий этой сцены: всё, что вы теперь введёте, применится ко всем.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stacks</name>
    <message>
        <location filename="../src/glamuploader/ui/stacks.py" line="+64"/>
        <source>&amp;Stack similar photos</source>
        <translation>&amp;Группировать похожие фотографии в стопки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show each burst or near-duplicate as one photo with a count; Space on it compares them</source>
        <translation>Показывать каждую серию снимков или почти одинаковые копии как одну фотографию со счётчиком; Пробел на ней открывает их сравнение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep the best of each stack</source>
        <translation>Оставить &amp;лучшую в каждой стопке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In every stack, pick the photo with most stars (or the one picked, or the first) and reject the others</source>
        <translation>В каждой стопке выбрать фотографию с наибольшим числом звёзд (или уже выбранную, или первую) и отклонить остальные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding similar photos: %v of %m</source>
        <translation>Поиск похожих фотографий: %v из %m</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n stack(s) of similar photos.</source>
        <translation>
            <numerusform>%n стопка похожих фотографий.</numerusform>
            <numerusform>%n стопки похожих фотографий.</numerusform>
            <numerusform>%n стопок похожих фотографий.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Similar photos could not be found: %1</source>
        <translation>Не удалось найти похожие фотографии: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The selected photo is in no stack of similar photos. Turn on Edit ▸ Stack similar photos to find them.</source>
        <translation>Выделенная фотография не входит ни в одну стопку похожих фотографий. Чтобы найти их, включите «Правка ▸ Группировать похожие фотографии в стопки».</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <location filename="../src/glamuploader/ui/tableview.py" line="+29"/>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file name</source>
        <translation>имя файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned title</source>
        <translation>будущее название</translation>
    </message>
</context>
<context>
    <name>TemplateFields</name>
    <message>
        <location filename="../src/glamuploader/ui/fieldnames.py" line="+11"/>
        <source>Artist</source>
        <translation>Художник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Материал, техника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation>Размеры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accession number</source>
        <translation>Инвентарный номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit line</source>
        <translation>Источник поступления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Other versions</source>
        <translation>Другие версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted people</source>
        <translation>Изображённые люди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted place</source>
        <translation>Изображённое место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of creation</source>
        <translation>Место создания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of discovery</source>
        <translation>Место обнаружения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object history</source>
        <translation>История предмета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibition history</source>
        <translation>История выставок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inscriptions</source>
        <translation>Надписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation>Литература</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item</source>
        <translation>Элемент Викиданных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photographer</source>
        <translation>Фотограф</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the artwork</source>
        <translation>Лицензия на произведение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo description</source>
        <translation>Описание фотографии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the photo</source>
        <translation>Дата съёмки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the photo</source>
        <translation>Лицензия на фотографию</translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/delegate.py" line="+105"/>
        <source>%n similar</source>
        <translation>
            <numerusform>%n похожая</numerusform>
            <numerusform>%n похожие</numerusform>
            <numerusform>%n похожих</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/uploadpanel.py" line="+96"/>
        <source>Upload to %1</source>
        <translation>Загрузка в %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in…</source>
        <translation>Войти…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Start upload</source>
        <translation>Начать загрузку</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+164"/>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the file that is going up now; a big file stops after its current chunk and goes on from there</source>
        <translation>Остановиться после файла, который загружается сейчас; большой файл будет остановлен после текущей части и потом продолжен с неё</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Stop after the file that is going up now and close; what was uploaded stays recorded</source>
        <translation>Остановиться после файла, который загружается сейчас, и закрыть; сведения о загруженном сохранятся</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry failed</source>
        <translation>Повторить неудавшиеся</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report (CSV)…</source>
        <translation>Сохранить отчёт (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy gallery wikitext</source>
        <translation>Копировать викитекст галереи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File page</source>
        <translation>Страница файла</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending…</source>
        <translation>Файлы проверяются перед отправкой…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not logged in to %1.</source>
        <translation>Вы не вошли в %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in to %1 as %2.</source>
        <translation>Вы вошли в %1 как %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log in and upload…</source>
        <translation>Войти и загрузить…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%v of %m files</source>
        <translation>Файлы: %v из %m</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Logging in…</source>
        <translation>Выполняется вход…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Login failed: %1</source>
        <translation>Не удалось войти: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The files are checked; sending them now.</source>
        <translation>Файлы проверены; идёт отправка.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Waiting %1 s: this account may upload only so many files an hour (the wiki&apos;s rate limit)</source>
        <translation>Ожидание %1 с: эта учётная запись может загружать лишь ограниченное число файлов в час (ограничение частоты запросов в вики)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The wiki is busy; trying %1 again in %2 s</source>
        <translation>Вики занята; повторная попытка для %1 через %2 с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki did not answer; trying %1 again in %2 s</source>
        <translation>Вики не ответила; повторная попытка для %1 через %2 с</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uploading %1</source>
        <translation>Загружается %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopping after the file that is going up now…</source>
        <translation>Остановка после файла, который загружается сейчас…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About %1 min %2 s left</source>
        <translation>Осталось около %1 мин %2 с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uploaded, %2 already on the wiki, %3 failed.</source>
        <translation>Загружено: %1, уже в вики: %2, с ошибкой: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused.</source>
        <translation>Приостановлено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wiki has no structured data: captions and statements were not written.</source>
        <translation>В этой вики нет структурированных данных: подписи и утверждения не записаны.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending (still there, changed since import): %1 of %2…</source>
        <translation>Файлы проверяются перед отправкой (на месте ли, не изменились ли после импорта): %1 из %2…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upload journal was damaged. It is kept as %1 and a new one was begun. Nothing is lost: files already on the wiki are found by their checksum.</source>
        <translation>Журнал загрузок был повреждён. Он сохранён как %1, начат новый. Ничего не потеряно: файлы, уже загруженные в вики, находятся по контрольной сумме.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report is saved as %1.</source>
        <translation>Отчёт сохранён как %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gallery wikitext is on the clipboard.</source>
        <translation>Викитекст галереи скопирован в буфер обмена.</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../src/glamuploader/ui/viewer.py" line="+284"/>
        <source>This file cannot be shown: it is not a picture the viewer can read, or it is damaged. Check it in the list of problems.</source>
        <translation>Этот файл нельзя показать: окно просмотра не может прочитать такое изображение, или файл повреждён. Посмотрите, что с ним, в списке проблем.</translation>
    </message>
</context>
<context>
    <name>_LocationEditor</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/fieldwidgets.py" line="+105"/>
        <source>latitude</source>
        <translation>широта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude</source>
        <translation>долгота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heading °</source>
        <translation>направление °</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this place on OpenStreetMap in your browser</source>
        <translation>Показать это место на OpenStreetMap в браузере</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>removed from the upload</source>
        <translation>удаляется при загрузке</translation>
    </message>
</context>
<context>
    <name>_TextRow</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="-39"/>
        <source>(differs between the selected files)</source>
        <translation>(различается у выбранных файлов)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Remove this language</source>
        <translation>Удалить этот язык</translation>
    </message>
</context>
</TS>
