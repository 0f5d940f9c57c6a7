<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tt">
<context>
    <name>About</name>
    <message>
        <location filename="../src/glamuploader/ui/about.py" line="+24"/>
        <source>New batches</source>
        <translation type="unfinished">Яңа пакетлар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload journal (what reached the wiki, for resuming)</source>
        <translation type="unfinished">Төяү көндәлеге (викига нәрсә барып җиткән — дәвам итү өчен)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbnails and lookups cache</source>
        <translation type="unfinished">Кече рәсемнәр һәм эзләүләр кэшы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch uploads of photos and scans to Wikimedia Commons, with structured data.</source>
        <translation type="unfinished">Фотоларны һәм сканнарны Викиҗыентыкка (Wikimedia Commons) структуралы мәгълүмат белән пакетлап төяү.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished">GNU GPL лицензиясенең 3 нче яки соңрак юрамасы буенча ирекле программа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your files live:</source>
        <translation type="unfinished">Файлларыгыз кайда саклана:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built on:</source>
        <translation type="unfinished">Кулланылган китапханәләр:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a crash: open the app again. Your batch is saved as you work, and the journal knows which files reached the wiki; Upload goes on without sending any file twice.</source>
        <translation type="unfinished">Кушымта көтмәгәндә ябылса: аны яңадан ачыгыз. Пакетыгыз эш барышында саклана, ә көндәлек кайсы файлларның викига барып җиткәнен белә; «Төяү» бер файлны да ике тапкыр җибәрмичә дәвам итә.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reviewed translations: %1.</source>
        <translation type="unfinished">Тикшерелгән тәрҗемәләр: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet reviewed by a native speaker: %1. Corrections are welcome (translations/README.md says how).</source>
        <translation type="unfinished">Туган телендә сөйләшүче кеше әле тикшермәгән: %1. Төзәтмәләрегезне көтәбез (ничек җибәрергә — translations/README.md файлында язылган).</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../src/glamuploader/ui/delegate.py" line="+19"/>
        <source>problem</source>
        <translation type="unfinished">проблема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation type="unfinished">әзер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploading</source>
        <translation type="unfinished">төялә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded</source>
        <translation type="unfinished">төялде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded, data pending</source>
        <translation type="unfinished">төялде, мәгълүмат көтелә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation type="unfinished">уңышсыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate</source>
        <translation type="unfinished">дубликат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation type="unfinished">кире кагылды</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/tableview.py" line="+312"/>
        <source>Paste %n cell(s)</source>
        <translation type="unfinished">
            <numerusform>%n күзәнәкне кую</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill down</source>
        <translation type="unfinished">Аска таба тутыру</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replace in %1</source>
        <translation type="unfinished">%1 баганасында алыштыру</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <location line="-246"/>
        <source>Thumbnail</source>
        <translation type="unfinished">Кече рәсем</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Edit %1</source>
        <translation type="unfinished">Үзгәртү: %1</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <location filename="../src/glamuploader/ui/curation.py" line="+67"/>
        <source>Go to the &amp;next photo after marking one</source>
        <translation type="unfinished">Билге куйгач, чираттагы &amp;фотога күчү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After P, X, U or a number of stars, the next photo is shown</source>
        <translation type="unfinished">P, X, U яки йолдызлар саны басылгач, чираттагы фото күрсәтелә</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Select two to four photos to compare them side by side.</source>
        <translation type="unfinished">Янәшә куеп чагыштыру өчен икедән дүрткә кадәр фото сайлагыз.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Turn left</source>
        <translation type="unfinished">Сулга бору</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn right</source>
        <translation type="unfinished">Уңга бору</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Keep one, reject %n other(s)</source>
        <translation type="unfinished">
            <numerusform>Берсен калдыру, калган %n фотоны кире кагу</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stars: %1</source>
        <translation type="unfinished">Йолдызлар: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick</source>
        <translation type="unfinished">Сайлап алу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject</source>
        <translation type="unfinished">Кире кагу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark</source>
        <translation type="unfinished">Билгене алу</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../src/glamuploader/ui/demo.py" line="+12"/>
        <source>Starting the sandbox wiki and making sample photos… (the first time takes a minute)</source>
        <translation type="unfinished">Сынау вики-сайты эшләтеп җибәрелә һәм үрнәк фотолар ясала… (беренче тапкыр бер минут чамасы вакыт ала)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sample batch is aimed at the sandbox wiki on this computer.</source>
        <translation type="unfinished">Үрнәк пакет шушы компьютердагы сынау вики-сайтына юнәлтелгән.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/panel.py" line="+146"/>
        <source>&amp;Description</source>
        <translation type="unfinished">&amp;Тасвирлама</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;itle</source>
        <translation type="unfinished">&amp;Исем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ption</source>
        <translation type="unfinished">&amp;Язма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Author</source>
        <translation type="unfinished">&amp;Автор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Da&amp;te</source>
        <translation type="unfinished">&amp;Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation type="unfinished">&amp;Чыганак</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Licence</source>
        <translation type="unfinished">&amp;Лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Categories</source>
        <translation type="unfinished">Тө&amp;ркемнәр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Depicts</source>
        <translation type="unfinished">Сурәтләнгән</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locatio&amp;n</source>
        <translation type="unfinished">&amp;Урын</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Te&amp;mplates</source>
        <translation type="unfinished">&amp;Калыплар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privac&amp;y</source>
        <translation type="unfinished">К&amp;онфиденциальлек</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page template</source>
        <translation type="unfinished">Бит калыбы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;version of</source>
        <translation type="unfinished">Кайсы файлның яңа &amp;юрамасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version s&amp;ummary</source>
        <translation type="unfinished">Яңа юрамада &amp;нәрсә үзгәрде</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY. Empty: the date the photo was taken.</source>
        <translation type="unfinished">YYYY-MM-DD, YYYY-MM яки YYYY. Буш булса: фото төшерелгән көн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty for your own work; else the museum, book or web address.</source>
        <translation type="unfinished">Үз эшегез булса, буш калдырыгыз; башка очракта — музей, китап яки веб-адрес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category name, without “Category:”</source>
        <translation type="unfinished">Төркем исеме, «Category:» өстәмичә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item, e.g. Q42</source>
        <translation type="unfinished">Викимәгълүмат элементы, мәсәлән, Q42</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation type="unfinished">мәсәлән, {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata</source>
        <translation type="unfinished">Метамәгълүмат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence, author and categories for every file…</source>
        <translation type="unfinished">Һәр файл өчен лицензия, автор һәм төркемнәр…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload a better version of this file…</source>
        <translation type="unfinished">Бу файлның яхшыртылган юрамасын төяү…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else goes up as a new file.</source>
        <translation type="unfinished">Шул ук сурәтне бераз яхшырту өчен генә: ачыклыкны, төсне яхшырту, шау-шуны киметү яки борып кую. Калган һәрнәрсә яңа файл булып төялә.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cleaned copy is uploaded; the pixels and your original file are never changed.</source>
        <translation type="unfinished">Чистартылган күчермә төялә; пиксельләр һәм сезнең оригинал файл беркайчан да үзгәртелми.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:Name.jpg on the wiki — empty for a new file</source>
        <translation type="unfinished">Викидагы File:Name.jpg — яңа файл өчен буш калдырыгыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commons allows a new version only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else (another photo, a crop that changes what is shown) goes up as a new file. When in doubt, upload a new file.</source>
        <translation type="unfinished">Викиҗыентык яңа юраманы шул ук сурәтне бераз яхшырткан очракта гына рөхсәт итә: ачыклыкны, төсне яхшырту, шау-шуны киметү яки борып кую. Калган һәрнәрсә (башка фото, күрсәтелгән нәрсәне үзгәртә торган кисү) яңа файл булып төялә. Шикләнсәгез, яңа файл төягез.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Uploaded as %1. Its page is edited on the wiki now.</source>
        <translation type="unfinished">%1 булып төялде. Аның бите хәзер викида үзгәртелә.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on the wiki as %1: it is not uploaded again.</source>
        <translation type="unfinished">Викида %1 булып бар инде: яңадан төялми.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These files are on the wiki. Their pages are edited there now.</source>
        <translation type="unfinished">Бу файллар викида бар. Аларның битләре хәзер шунда үзгәртелә.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keywords from the file as categories: %1</source>
        <translation type="unfinished">Файлдагы төп сүзләр төркем буларак: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each is checked on the wiki like any category; remove those that are not categories there.</source>
        <translation type="unfinished">Һәрберсе викида башка төркемнәр кебек тикшерелә; анда төркем булмаганнарын бетерегез.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Museum field</source>
        <translation type="unfinished">Музей кыры</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select one or more files to edit them.</source>
        <translation type="unfinished">Үзгәртү өчен бер яки берничә файл сайлагыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n files selected: a change applies to all of them.</source>
        <translation type="unfinished">
            <numerusform>%n файл сайланган: үзгәреш аларның барысына да кагыла.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(сайланган файлларда төрле)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — пакетның гадәттәге кыйммәтләреннән</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>From the file: %1</source>
        <translation type="unfinished">Файлдан: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Will be uploaded as: File:%1</source>
        <translation type="unfinished">Болай төяләчәк: File:%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taken: %1</source>
        <translation type="unfinished">Төшерелгән: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the picture shows</source>
        <translation type="unfinished">Сурәттә нәрсә күрсәтелгән</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+37"/>
        <source>Send the file as it is</source>
        <translation type="unfinished">Файлны ничек бар, шулай җибәрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the location (GPS) from the uploaded copy</source>
        <translation type="unfinished">Төяләсе күчермәдән урынны (GPS) бетерү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove all camera data from the uploaded copy</source>
        <translation type="unfinished">Төяләсе күчермәдән камераның бөтен мәгълүматын бетерү</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="+30"/>
        <source>The upload journal could not be written (%1). Nothing is lost: free some space on the disk or check the folder&apos;s permissions, then press Upload again.</source>
        <translation type="unfinished">Төяү көндәлеген язып булмады (%1). Бернәрсә дә югалмады: дискта урын бушатыгыз яки папкага хокукларны тикшерегез, аннары «Төяү»гә яңадан басыгыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The batch could not be opened.</source>
        <translation type="unfinished">Пакетны ачып булмады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be saved. Check that the folder exists and that there is space on the disk.</source>
        <translation type="unfinished">Пакетны саклап булмады. Папканың барлыгын һәм дискта урын барлыгын тикшерегез.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files could not be imported.</source>
        <translation type="unfinished">Файлларны кертеп булмады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be checked.</source>
        <translation type="unfinished">Пакетны тикшереп булмады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload stopped.</source>
        <translation type="unfinished">Төяү туктады.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location line="-33"/>
        <source>title</source>
        <translation type="unfinished">исем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation type="unfinished">тасвирлама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption</source>
        <translation type="unfinished">язма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation type="unfinished">дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author</source>
        <translation type="unfinished">автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation type="unfinished">чыганак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licence</source>
        <translation type="unfinished">лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categories</source>
        <translation type="unfinished">төркемнәр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depicts</source>
        <translation type="unfinished">сурәтләнгән</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation type="unfinished">урын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>templates</source>
        <translation type="unfinished">калыплар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation type="unfinished">файл</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <location filename="../src/glamuploader/ui/firstrun.py" line="+186"/>
        <source>Logging in…</source>
        <translation type="unfinished">Керү бара…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logged in as %1. Uploads will use this account.</source>
        <translation type="unfinished">%1 булып кердегез. Файллар шушы хисап язмасы белән төяләчәк.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login failed: %1</source>
        <translation type="unfinished">Керү барып чыкмады: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tools log in with a &lt;b&gt;bot password&lt;/b&gt;, not your main password: it can only do what you allow, and you can revoke it at any time.</source>
        <translation type="unfinished">Программалар төп серсүзегез белән түгел, ә &lt;b&gt;бот серсүзе&lt;/b&gt; белән керә: ул сез рөхсәт иткәнне генә эшли ала, һәм аны теләсә кайчан гамәлдән чыгарып була.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the wiki, open &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt;, make one named &lt;i&gt;glamuploader&lt;/i&gt; with the rights to edit, create pages and upload files, and enter here &lt;i&gt;YourName@glamuploader&lt;/i&gt; and the password the wiki shows you. &lt;a href=&quot;%2&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation type="unfinished">Викида &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt; битен ачыгыз, битләрне үзгәртү, яңа битләр төзү һәм файллар төяү хокуклары белән &lt;i&gt;glamuploader&lt;/i&gt; исемле бот серсүзе төзегез, аннары монда &lt;i&gt;YourName@glamuploader&lt;/i&gt; исемен һәм вики күрсәткән серсүзне языгыз. &lt;a href=&quot;%2&quot;&gt;Бот серсүзләре ничек эшли&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New batches will go to: %1</source>
        <translation type="unfinished">Яңа пакетлар төяләчәк урын: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author: %1</source>
        <translation type="unfinished">Автор: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: %1</source>
        <translation type="unfinished">Лицензия: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of this can be changed under Edit ▸ Preferences, and this assistant is under Help. The guide (Help ▸ Guide, F1) shows the common job step by step.</source>
        <translation type="unfinished">Боларның барысын да Үзгәртү ▸ Көйләнмәләр бүлегендә үзгәртеп була, ә бу ярдәмче Белешмә менюсында. Кулланма (Белешмә ▸ Кулланма, F1) гадәти эш тәртибен адымлап күрсәтә.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Welcome to GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader-га рәхим итегез</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation type="unfinished">Рәхим итегез</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which wiki?</source>
        <translation type="unfinished">Кайсы вики?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your bot password</source>
        <translation type="unfinished">Бот серсүзегез</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author and licence</source>
        <translation type="unfinished">Автор һәм лицензия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation type="unfinished">Әзер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few questions, once. Each can be skipped with Next.</source>
        <translation type="unfinished">Берничә сорау, бер тапкыр гына. Һәрберсен «Дәвам итү» төймәсе белән калдырып була.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where new batches are uploaded.</source>
        <translation type="unfinished">Яңа пакетлар кая төяләчәк.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So that uploads can start without asking. You can skip this and log in when you upload.</source>
        <translation type="unfinished">Төяү сорауларсыз башлансын өчен. Моны калдырып, төягәндә керергә дә мөмкин.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What new batches start with; each file can still have its own.</source>
        <translation type="unfinished">Яңа пакетларның башлангыч кыйммәтләре; һәр файлга барыбер үз кыйммәтен биреп була.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can start.</source>
        <translation type="unfinished">Эшне башларга мөмкин.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GLAM Uploader uploads photos and scans to Wikimedia Commons: many at once, with descriptions, categories and structured data, and shows every problem before anything is sent.</source>
        <translation type="unfinished">GLAM Uploader фотоларны һәм сканнарны Викиҗыентыкка (Wikimedia Commons) төяй: берьюлы күпләп, тасвирламалар, төркемнәр һәм структуралы мәгълүмат белән, һәм берни дә җибәрелгәнче һәр проблеманы күрсәтә.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language of the app</source>
        <translation type="unfinished">Кушымта &amp;теле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The real Commons: what you upload is public at once.</source>
        <translation type="unfinished">Чын Викиҗыентык: сез төягән һәрнәрсә шунда ук һәркемгә күренә.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test copy of Commons, to try things out; it is emptied from time to time.</source>
        <translation type="unfinished">Викиҗыентыкның сынау күчермәсе, сынап карау өчен; ул вакыт-вакыт бушатыла.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A wiki on this computer, to try the app without an account (needs PHP and MediaWiki installed).</source>
        <translation type="unfinished">Шушы компьютердагы вики, кушымтаны хисап язмасыннан башка сынап карау өчен (PHP һәм MediaWiki урнаштырылган булырга тиеш).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>YourName@glamuploader</source>
        <translation type="unfinished">YourName@glamuploader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">мәсәлән, [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation type="unfinished">Кулланучы &amp;исеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;Серсүз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the password in the system keyring</source>
        <translation type="unfinished">Серсүзне системаның &amp;ачкычлар саклагычында саклау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the login</source>
        <translation type="unfinished">Керүне &amp;тикшерү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the sandbox wiki&apos;s &amp;test account</source>
        <translation type="unfinished">Сынау вики-сайтының тест &amp;хисап язмасын куллану</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The author is how you want to be credited, e.g. [[User:Name|Name]]. The licence applies to your own photos; for museum scans choose per file.</source>
        <translation type="unfinished">Автор — сезнең исемегез ничек күрсәтелергә тиеш, мәсәлән, [[User:Name|Name]]. Лицензия сезнең үз фотоларыгызга кагыла; музей сканнары өчен аны һәр файлга аерым сайлагыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Author</source>
        <translation type="unfinished">&amp;Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Li&amp;cence</source>
        <translation type="unfinished">&amp;Лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose per batch</source>
        <translation type="unfinished">Һәр пакет өчен аерым сайлана</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation type="unfinished">Үткәреп җибәрү</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../src/glamuploader/ui/gridview.py" line="+107"/>
        <source>Table</source>
        <translation type="unfinished">Таблица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the files as a table, a column per field, as in a spreadsheet</source>
        <translation type="unfinished">Файлларны таблица итеп күрсәтү: электрон таблицадагы кебек, һәр кырга бер багана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop photos or folders here, or use Import folder.

Then select files to describe them; the Problems panel below says what is still needed before upload.</source>
        <translation type="unfinished">Фотоларны яки папкаларны монда ташлагыз, яки «Папка кертү»не кулланыгыз.

Аннары тасвирлау өчен файлларны сайлагыз; түбәндәге «Проблемалар» панеле төяү алдыннан тагын нәрсә кирәклеген әйтә.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file matches the filter. Clear the filter to see all files.</source>
        <translation type="unfinished">Фильтрга бер файл да туры килми. Барлык файлларны күрү өчен фильтрны чистартыгыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by title, file name, description or category</source>
        <translation type="unfinished">Исем, файл исеме, тасвирлама яки төркем буенча фильтрлау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All files</source>
        <translation type="unfinished">Барлык файллар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picked</source>
        <translation type="unfinished">Сайлап алынганнар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not rejected</source>
        <translation type="unfinished">Кире кагылмаганнар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked yet</source>
        <translation type="unfinished">Әле билгеләнмәгәннәр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With one star or more</source>
        <translation type="unfinished">Бер яки күбрәк йолдызлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With three stars or more</source>
        <translation type="unfinished">Өч яки күбрәк йолдызлы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sort by file name</source>
        <translation type="unfinished">Файл исеме буенча сортлаштыру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by date taken</source>
        <translation type="unfinished">Төшерү датасы буенча сортлаштыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by title</source>
        <translation type="unfinished">Исем буенча сортлаштыру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by picks and stars</source>
        <translation type="unfinished">Сайлап алу һәм йолдызлар буенча сортлаштыру</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/guide.py" line="+41"/>
        <source>The common job</source>
        <translation type="unfinished">Гадәти эш тәртибе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a folder of photos on the window, or use File ▸ Import folder. All the new files are selected.</source>
        <translation type="unfinished">Фотолар папкасын тәрәзәгә ташлагыз яки Файл ▸ Папка кертү командасын кулланыгыз. Барлык яңа файллар сайланган булачак.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With many files selected, what you type applies to all of them: choose the licence, type the author and a category (Enter adds it).</source>
        <translation type="unfinished">Берничә файл сайланганда, сез язган нәрсә аларның барысына да кагыла: лицензияне сайлагыз, авторны һәм төркемне языгыз (Enter аны өсти).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type one title for many files and they are numbered: &quot;Kazan walk 01&quot;, &quot;Kazan walk 02&quot;… Give a file its own description and caption where it needs one.</source>
        <translation type="unfinished">Берничә файлга бер исем языгыз — алар номерланачак: «Казан буйлап йөрү 01», «Казан буйлап йөрү 02»… Кирәк булганда файлга аның үз тасвирламасын һәм язмасын бирегез.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the Problems panel. Errors (red) must be fixed; warnings may be accepted.</source>
        <translation type="unfinished">«Проблемалар» панелен карагыз. Хаталарны (кызыл) төзәтергә кирәк; кисәтүләрне кабул итеп була.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Upload (%1), log in with your bot password, and watch the files go up. Each uploaded file links to its page on the wiki.</source>
        <translation type="unfinished">«Төяү»гә басыгыз (%1), бот серсүзе белән керегез һәм файлларның ничек төялүен күзәтегез. Һәр төялгән файлдан аның викидагы битенә сылтама бар.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session kits</source>
        <translation type="unfinished">Сессия җыелмалары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session kit holds an event&apos;s defaults: licence, author, categories, depicts, the title pattern and the languages to offer. An organiser saves one with File ▸ Save defaults as kit and hands it to the volunteers, who open it with File ▸ Open session kit before they import.</source>
        <translation type="unfinished">Сессия җыелмасында чараның гадәттәге кыйммәтләре саклана: лицензия, автор, төркемнәр, сурәтләнгән нәрсәләр, исем үрнәге һәм тәкъдим ителәчәк телләр. Оештыручы аны Файл ▸ Гадәттәге кыйммәтләрне җыелма итеп саклау командасы белән саклый һәм волонтерларга тапшыра, ә алар файлларны кертү алдыннан аны Файл ▸ Сессия җыелмасын ачу командасы белән ача.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File ▸ Batch defaults shows what every file of the batch starts with; a file&apos;s own value always wins.</source>
        <translation type="unfinished">Файл ▸ Пакетның гадәттәге кыйммәтләре пакетның һәр файлы нинди кыйммәтләр белән башланганын күрсәтә; файлның үз кыйммәте һәрвакыт өстенлек ала.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The table of problems</source>
        <translation type="unfinished">Проблемалар таблицасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything that would make an upload fail, or a reviewer on Commons complain, is listed before anything is sent: missing licence or author, titles the wiki refuses or that are taken, categories that do not exist, files that are already on the wiki, damaged images.</source>
        <translation type="unfinished">Төяүне уңышсыз итәчәк яки Викиҗыентыктагы тикшерүченең ризасызлыгын тудырачак һәрнәрсә берни дә җибәрелгәнче күрсәтелә: лицензия яки автор күрсәтелмәү, вики кабул итмәгән яки инде алынган исемнәр, булмаган төркемнәр, викида инде булган файллар, бозылган рәсемнәр.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A problem shared by many files is one row; open it to see them. Double-click a row to go to the file and the field to mend. Upload stays off while errors remain.</source>
        <translation type="unfinished">Күп файлларга уртак проблема бер юл булып күрсәтелә; ул файлларны күрү өчен аны ачыгыз. Файлга һәм төзәтәсе кырга күчү өчен юлга ике тапкыр басыгыз. Хаталар калганда «Төяү» эшләми.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choosing the best photos</source>
        <translation type="unfinished">Иң яхшы фотоларны сайлап алу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space shows the selected photo filling the window; the arrows go on and back, Esc comes back. Z shows it at 100 % where the pointer is; drag it, or hold Shift and press the arrows, to look around.</source>
        <translation type="unfinished">Space сайланган фотоны бөтен тәрәзә буенча күрсәтә; ук төймәләре алга һәм артка күчерә, Esc кире кайтара. Z фотоны курсор торган урында 100 % зурлыкта күрсәтә; тирә-якны карау өчен аны тычкан белән тартып күчерегез яки Shift төймәсен басып тотып, ук төймәләренә басыгыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P picks, X rejects (a rejected photo is never checked nor uploaded), U unmarks, 0 to 5 give stars, and the next photo follows (Edit ▸ Go to the next photo after marking one). The list above the grid shows only the picks, what is not rejected, or the photos with stars.</source>
        <translation type="unfinished">P сайлап ала, X кире кага (кире кагылган фото беркайчан да тикшерелми һәм төялми), U билгене ала, 0-дән 5-кә кадәр төймәләр йолдызлар бирә, аннары чираттагы фото күрсәтелә (Үзгәртү ▸ Билге куйгач, чираттагы фотога күчү). Кече рәсемнәр өстендәге исемлек сайлап алынганнарны, кире кагылмаганнарны яки йолдызлы фотоларны гына күрсәтә.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C compares two to four selected photos side by side, zoomed and moved together. Click the best one and press K: it is picked and the others are rejected.</source>
        <translation type="unfinished">C сайланган икедән дүрткә кадәр фотоны янәшә куеп чагыштыра: алар бергә зурайтыла һәм күчерелә. Иң яхшысын тычкан белән сайлагыз да K төймәсенә басыгыз: ул сайлап алына, ә калганнары кире кагыла.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit ▸ Stack similar photos shows each burst or near-copy as one photo with a count; Space on it compares them. Edit ▸ Keep the best of each stack picks the one with most stars in every stack and rejects the rest.</source>
        <translation type="unfinished">Үзгәртү ▸ Охшаш фотоларны өю командасы рәттән төшерелгән һәр серияне яки бер-берсенә бик охшаган фотоларны саны күрсәтелгән бер фото итеп күрсәтә; аның өстендә Space аларны чагыштыра. Үзгәртү ▸ Һәр өемнән иң яхшысын калдыру командасы һәр өемдә иң күп йолдызлы фотоны сайлап ала һәм калганнарын кире кага.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[ and ] turn a photo a quarter. Only the copy sent is turned, by its orientation tag: your file is not changed and no pixel is compressed again (JPEG photos only).</source>
        <translation type="unfinished">[ һәм ] фотоны 90° ка бора. Җибәрелә торган күчермә генә, кадр куелышы билгесе аша, борыла: сезнең файл үзгәрми һәм бер генә пиксель дә яңадан кысылмый (JPEG фотолар өчен генә).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S selects the whole scene: the photos taken without a gap of 20 minutes or a walk of 300 m between them. What you then write in the editor goes to all of them.</source>
        <translation type="unfinished">S бөтен күренешне сайлый: араларында 20 минутлык өзеклек яки 300 м юл булмаган фотоларны. Аннары мөхәррирдә язган нәрсәгез аларның барысына да кагыла.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Museum spreadsheets</source>
        <translation type="unfinished">Музей таблицалары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File ▸ Fill in from a museum spreadsheet reads CSV, XLSX, ODS and Pattypan&apos;s .xls. Its columns are matched to the fields (you can change the match), each row to a file by name or accession number. Rows without a file and files without a row are named; nothing is dropped.</source>
        <translation type="unfinished">Файл ▸ Музей таблицасыннан тутыру CSV, XLSX, ODS һәм Pattypan .xls файлларын укый. Таблица баганалары кырларга туры китерелә (моны үзгәртеп була), ә һәр юл файлга — исеме яки инвентарь номеры буенча. Файлы булмаган юллар һәм юлы булмаган файллар күрсәтелә; бернәрсә дә төшеп калмый.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After a crash or a lost connection</source>
        <translation type="unfinished">Кушымта көтмәгәндә ябылса яки тоташу өзелсә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your batch is saved as you work. Open the app again: it reopens the batch.</source>
        <translation type="unfinished">Пакетыгыз эш барышында саклана. Кушымтаны яңадан ачыгыз: ул пакетны яңадан ача.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload journal knows which files reached the wiki. Press Upload again and it goes on with the rest; no file is sent twice. Pause stops after the file that is going up.</source>
        <translation type="unfinished">Төяү көндәлеге кайсы файлларның викига барып җиткәнен белә. «Төяү»гә яңадан басыгыз — калганнары дәвам итеп төяләчәк; бер файл да ике тапкыр җибәрелми. «Туктатып тору» хәзер җибәрелә торган файлдан соң туктата.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation type="unfinished">Клавиатура төймәләре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: upload</source>
        <translation type="unfinished">%1: төяү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2: undo / redo</source>
        <translation type="unfinished">%1 / %2: кире кайтару / кабатлау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: import files; %2: import a folder</source>
        <translation type="unfinished">%1: файллар кертү; %2: папка кертү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this guide</source>
        <translation type="unfinished">%1: шушы кулланма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the grid and the table: P pick, X reject (never uploaded), U unmark, 0 to 5 stars; the next photo is selected after each.</source>
        <translation type="unfinished">Кече рәсемнәрдә һәм таблицада: P — сайлап алу, X — кире кагу (андый файл беркайчан да төялмәячәк), U — билгене алу, 0-дән 5-кә кадәр — йолдызлар; һәр төймәгә баскач, чираттагы фото сайлана.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GLAM Uploader guide</source>
        <translation type="unfinished">GLAM Uploader кулланмасы</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/kitdialog.py" line="+23"/>
        <source>Batch defaults</source>
        <translation type="unfinished">Пакетның гадәттәге кыйммәтләре</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These values apply to every file that does not have its own. Save them as a session kit to hand them to other volunteers.</source>
        <translation type="unfinished">Бу кыйммәтләр үз кыйммәте булмаган һәр файлга кагыла. Аларны башка волонтерларга тапшыру өчен сессия җыелмасы итеп саклагыз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">мәсәлән, [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty for your own work</source>
        <translation type="unfinished">Үз эшегез булса, буш калдырыгыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields: {title}, {date}, {n:03} (a number), {original} (the file name), {description:en}, and the kit&apos;s own fields such as {institution}</source>
        <translation type="unfinished">Кырлар: {title}, {date}, {n:03} (сан), {original} (файл исеме), {description:en} һәм җыелманың үз кырлары, мәсәлән, {institution}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One category a line</source>
        <translation type="unfinished">Һәр юлга бер төркем</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One template a line, e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation type="unfinished">Һәр юлга бер калып, мәсәлән, {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the category “%1”</source>
        <translation type="unfinished">«%1» төркемен өстәү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the event or partnership</source>
        <translation type="unfinished">Чараның яки хезмәттәшлекнең исеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation type="unfinished">Лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation type="unfinished">Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished">Чыганак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title pattern</source>
        <translation type="unfinished">Исем үрнәге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description template</source>
        <translation type="unfinished">Тасвирлама калыбы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories for every file</source>
        <translation type="unfinished">Һәр файл өчен төркемнәр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates for every file</source>
        <translation type="unfinished">Һәр файл өчен калыплар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy for every file</source>
        <translation type="unfinished">Һәр файл өчен конфиденциальлек</translation>
    </message>
</context>
<context>
    <name>Kits</name>
    <message>
        <location filename="../src/glamuploader/ui/kits.py" line="+12"/>
        <source>Open session kit</source>
        <translation type="unfinished">Сессия җыелмасын ачу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Session kits (*.kit.yaml)</source>
        <translation type="unfinished">Сессия җыелмалары (*.kit.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save defaults as session kit</source>
        <translation type="unfinished">Гадәттәге кыйммәтләрне сессия җыелмасы итеп саклау</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="+91"/>
        <source>Add language</source>
        <translation type="unfinished">Тел өстәү</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <location filename="../src/glamuploader/ui/licensetexts.py" line="+12"/>
        <source>CC0 — no rights reserved</source>
        <translation type="unfinished">CC0 — бернинди хокук сакланмый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 4.0 — attribution</source>
        <translation type="unfinished">CC BY 4.0 — авторны күрсәтеп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 4.0 — attribution, share alike</source>
        <translation type="unfinished">CC BY-SA 4.0 — авторны күрсәтеп, шул ук шартларда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 3.0 — attribution, share alike (older version)</source>
        <translation type="unfinished">CC BY-SA 3.0 — авторны күрсәтеп, шул ук шартларда (искерәк юрама)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 3.0 — attribution (older version)</source>
        <translation type="unfinished">CC BY 3.0 — авторны күрсәтеп (искерәк юрама)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 70 years ago</source>
        <translation type="unfinished">Иҗтимагый милек — автор 70 елдан артык элек вафат булган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 100 years ago</source>
        <translation type="unfinished">Иҗтимагый милек — автор 100 елдан артык элек вафат булган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — photo of an old 2D artwork</source>
        <translation type="unfinished">Иҗтимагый милек — иске яссы сәнгать әсәренең фотосы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain in the USA — copyright expired</source>
        <translation type="unfinished">АКШта иҗтимагый милек — авторлык хокукы вакыты чыккан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — work of the US federal government</source>
        <translation type="unfinished">Иҗтимагый милек — АКШ федераль хөкүмәте әсәре</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anyone may use the file for anything, without even naming you. Only for your own work.</source>
        <translation type="unfinished">Һәркем файлны теләсә нинди максатта, хәтта сезнең исемне күрсәтмичә дә куллана ала. Үз эшегез өчен генә.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone may use and change the file, also commercially, if they name the author.</source>
        <translation type="unfinished">Һәркем файлны куллана һәм үзгәртә ала, шул исәптән коммерция максатында да, әгәр авторны күрсәтсә.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone may use and change the file, also commercially, if they name the author and share changed versions under the same licence. The usual choice on Commons.</source>
        <translation type="unfinished">Һәркем файлны куллана һәм үзгәртә ала, шул исәптән коммерция максатында да, әгәр авторны күрсәтсә һәм үзгәртелгән юрамаларны шул ук лицензия белән таратса. Викиҗыентыкта иң еш сайлана торган лицензия.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As CC BY-SA 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation type="unfinished">CC BY-SA 4.0 кебек; чыганак файлны 3.0 юрамасы буенча чыгарган очракта гына сайлагыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As CC BY 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation type="unfinished">CC BY 4.0 кебек; чыганак файлны 3.0 юрамасы буенча чыгарган очракта гына сайлагыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 70 years ago. Give the author and the date of the work.</source>
        <translation type="unfinished">Авторы 70 елдан артык элек вафат булган әсәрләр өчен. Авторны һәм әсәрнең датасын күрсәтегез.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 100 years ago; safe in almost every country.</source>
        <translation type="unfinished">Авторы 100 елдан артык элек вафат булган әсәрләр өчен; бу бөтен илләрдә диярлек куркынычсыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For faithful photos or scans of flat artworks (paintings, drawings, documents) whose author died more than 70 years ago.</source>
        <translation type="unfinished">Авторы 70 елдан артык элек вафат булган яссы сәнгать әсәрләренең (картиналар, рәсемнәр, документлар) төгәл фотолары яки сканнары өчен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For works published in the USA long enough ago that copyright has expired there.</source>
        <translation type="unfinished">АКШта шулкадәр элек басылган, анда авторлык хокукы вакыты чыккан әсәрләр өчен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works made by US federal government employees in their duties.</source>
        <translation type="unfinished">АКШ федераль хөкүмәте хезмәткәрләре вазифаларын үтәгәндә ясаган әсәрләр өчен.</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/listfield.py" line="+78"/>
        <source>Add to selected</source>
        <translation type="unfinished">Сайланганнарга өстәү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished">Бетерү</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — batch default, on every file</source>
        <translation type="unfinished">%1 — пакетның гадәттәге кыйммәте, һәр файлда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set in File ▸ Batch defaults; every file of the batch gets it. Remove it there if it does not fit every photo.</source>
        <translation type="unfinished">«Файл ▸ Пакетның гадәттәге кыйммәтләре» эчендә куелган; пакетның һәр файлы аны ала. Ул һәр фотога да туры килмәсә, аны шунда бетерегез.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 of %3 files</source>
        <translation type="unfinished">%1 — %3 файлның %2 файлында</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only some of the selected files have this. Add it again to give it to all of them.</source>
        <translation type="unfinished">Бу сайланган файлларның кайберләрендә генә бар. Барысына да бирү өчен аны яңадан өстәгез.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+33"/>
        <source>Enter your user name and bot password.</source>
        <translation type="unfinished">Кулланучы исемегезне һәм бот серсүзен кертегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki has no such account. Check the user name (for a bot password: YourName@Suffix).</source>
        <translation type="unfinished">Викида мондый хисап язмасы юк. Кулланучы исемен тикшерегез (бот серсүзе өчен: YourName@Suffix).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The wiki refused the password. Use the password Special:BotPasswords showed, with YourName@Suffix.</source>
        <translation type="unfinished">Вики серсүзне кире какты. Special:BotPasswords күрсәткән серсүзне YourName@Suffix белән бергә кулланыгыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many login attempts. Wait a few minutes and try again.</source>
        <translation type="unfinished">Керү омтылышлары артык күп. Берничә минут көтегез һәм яңадан карагыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not be reached. Check your connection.</source>
        <translation type="unfinished">Викига тоташып булмады. Челтәргә тоташуыгызны тикшерегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the login.</source>
        <translation type="unfinished">Вики керүне кире какты.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/logindialog.py" line="+13"/>
        <source>Log in to %1</source>
        <translation type="unfinished">%1 сайтына керү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in with a &lt;b&gt;bot password&lt;/b&gt;: on the wiki, open Special:BotPasswords, make one (e.g. named &lt;i&gt;glamuploader&lt;/i&gt;, with the rights to edit, create pages and upload files) and log in here as &lt;i&gt;YourName@glamuploader&lt;/i&gt;. &lt;a href=&quot;%1&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation type="unfinished">&lt;b&gt;Бот серсүзе&lt;/b&gt; белән керегез: викида Special:BotPasswords битен ачыгыз, серсүз төзегез (мәсәлән, &lt;i&gt;glamuploader&lt;/i&gt; исеме белән, битләрне үзгәртү, төзү һәм файллар төяү хокуклары белән) һәм монда &lt;i&gt;YourName@glamuploader&lt;/i&gt; булып керегез. &lt;a href=&quot;%1&quot;&gt;Бот серсүзләре ничек эшли&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>YourName@glamuploader</source>
        <translation type="unfinished">YourName@glamuploader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the password in the system keyring</source>
        <translation type="unfinished">Серсүзне системаның ачкычлар саклагычында саклау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation type="unfinished">Кулланучы исеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation type="unfinished">Серсүз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the sandbox wiki&apos;s test account</source>
        <translation type="unfinished">Сынау вики-сайтының тест хисап язмасын куллану</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in</source>
        <translation type="unfinished">Керү</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+190"/>
        <source>Upload to:</source>
        <translation type="unfinished">Кая төяргә:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki this batch goes to. Changing it can be undone.</source>
        <translation type="unfinished">Бу пакет төяләчәк вики. Аны үзгәртүне кире кайтарып була.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upload to %1</source>
        <translation type="unfinished">%1 сайтына төяү</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Edit %1</source>
        <translation type="unfinished">Үзгәртү: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Import &amp;files…</source>
        <translation type="unfinished">&amp;Файллар кертү…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import fo&amp;lder…</source>
        <translation type="unfinished">&amp;Папка кертү…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in from a &amp;museum spreadsheet…</source>
        <translation type="unfinished">&amp;Музей таблицасыннан тутыру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open batch…</source>
        <translation type="unfinished">Пакетны &amp;ачу…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save batch &amp;as…</source>
        <translation type="unfinished">Пакетны яңа файл итеп &amp;саклау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open session &amp;kit…</source>
        <translation type="unfinished">Сессия &amp;җыелмасын ачу…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save defaults as kit…</source>
        <translation type="unfinished">Гадәттәге кыйммәтләрне җыелма итеп саклау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch &amp;defaults…</source>
        <translation type="unfinished">Пакетның &amp;гадәттәге кыйммәтләре…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move from batch</source>
        <translation type="unfinished">Пакеттан &amp;чыгару</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Upload…</source>
        <translation type="unfinished">&amp;Төяү…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished">Кө&amp;йләнмәләр…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Чыгу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New batch</source>
        <translation type="unfinished">&amp;Яңа пакет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;About GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader &amp;турында</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation type="unfinished">&amp;Кулланма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First-run assistant…</source>
        <translation type="unfinished">&amp;Беренче эшләтеп җибәрү ярдәмчесе…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Кире кайтару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">Ка&amp;батлау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Үзгәртү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wiki</source>
        <translation type="unfinished">&amp;Вики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Белешмә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation type="unfinished">Төп кораллар панеле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Кире алу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation type="unfinished">Проблемалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation type="unfinished">Алдан карау</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Will be uploaded as: File:%1</source>
        <translation type="unfinished">Болай төяләчәк: File:%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2. Target: %3</source>
        <comment>files, errors, wiki</comment>
        <translation type="unfinished">%1, %2. Максат: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform>%n файл</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform>%n хата</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: suggestions come from earlier searches</source>
        <translation type="unfinished">Челтәрдән тыш: тәкъдимнәр элекке эзләүләрдән алына</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki or Wikidata cannot be reached. Categories and items you choose now are checked again when back online.</source>
        <translation type="unfinished">Викига яки Викимәгълүматка тоташып булмый. Хәзер сайланган төркемнәр һәм элементлар челтәргә кире тоташкач яңадан тикшереләчәк.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation type="unfinished">Челтәрдә</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New batch</source>
        <translation type="unfinished">Яңа пакет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (read-only)</source>
        <translation type="unfinished">%1 (укуга гына)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — GLAM Uploader</source>
        <translation type="unfinished">%1 — GLAM Uploader</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <location line="+32"/>
        <location line="+22"/>
        <location line="+109"/>
        <source>GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>%1 is being opened by another program right now. Try again in a moment.</source>
        <translation type="unfinished">%1 нәкъ хәзер башка программа тарафыннан ачыла. Бераздан яңадан карагыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another copy of GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader-ның башка нөсхәсе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a glamuploader command</source>
        <translation type="unfinished">glamuploader командасы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is open in %2 (process %3 of %4 on %5, since %6). Only one may change it at a time. Open it read-only, to look without saving?</source>
        <translation type="unfinished">%1 ачык, аны ачкан: %2 (%5 санагында %4 кулланучысының %3 процессы, %6 вакыттан бирле). Аны бер үк вакытта бары берәү генә үзгәртә ала. Сакламыйча карау өчен, аны укуга гына ачаргамы?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open read-only</source>
        <translation type="unfinished">Укуга гына ачу</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The batch file was damaged (%1). Its last good copy was opened instead; the damaged file is kept as %2.</source>
        <translation type="unfinished">Пакет файлы бозылган иде (%1). Аның урынына соңгы исән күчермәсе ачылды; бозык файл %2 булып сакланды.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n file(s) that are not photos or other media were left out: %1</source>
        <translation type="unfinished">
            <numerusform>Фото яки башка медиа булмаган %n файл төшереп калдырылды: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n file(s) imported.</source>
        <translation type="unfinished">
            <numerusform>%n файл кертелде.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader турында</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="+23"/>
        <source>A better version of %1</source>
        <translation type="unfinished">%1 файлының яхшыртылган юрамасы</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+17"/>
        <source>New version of %1</source>
        <translation type="unfinished">%1 файлының яңа юрамасы</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="-10"/>
        <source>Import files</source>
        <translation type="unfinished">Файллар кертү</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a folder</source>
        <translation type="unfinished">Папка кертү</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open batch</source>
        <translation type="unfinished">Пакетны ачу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>GLAM Uploader batches (*.glam.yaml)</source>
        <translation type="unfinished">GLAM Uploader пакетлары (*.glam.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save batch as</source>
        <translation type="unfinished">Пакетны яңа файл итеп саклау</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+24"/>
        <source>%n cell(s) changed.</source>
        <translation type="unfinished">
            <numerusform>%n күзәнәк үзгәртелде.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change batch defaults</source>
        <translation type="unfinished">Пакетның гадәттәге кыйммәтләрен үзгәртү</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Remove %n file(s)</source>
        <translation type="unfinished">
            <numerusform>%n файлны чыгару</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove %n file(s) from the batch?</source>
        <translation type="unfinished">
            <numerusform>%n файл пакеттан чыгарылсынмы?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them are uploaded: the batch would no longer list their pages.</source>
        <translation type="unfinished">
            <numerusform>Аларның %n файлы төялгән инде: пакет аларның битләрен башка күрсәтмәячәк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them have titles, descriptions or other values you gave.</source>
        <translation type="unfinished">
            <numerusform>Аларның %n файлында сез биргән исемнәр, тасвирламалар яки башка кыйммәтләр бар.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files on disk are not touched, and Undo puts them back.</source>
        <translation type="unfinished">Дисктагы файллар үзгәрми, ә «Кире кайтару» аларны кире кайтара.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation type="unfinished">Чыгару</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/mappingdialog.py" line="+22"/>
        <source>Columns of %1</source>
        <translation type="unfinished">%1 баганалары</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s).</source>
        <translation type="unfinished">
            <numerusform>%n юл.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as %1, columns separated by “%2”.</source>
        <translation type="unfinished">%1 кодлавында укылды, баганалар «%2» белән аерылган.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what each column is; a column left as “not used” is not read.</source>
        <translation type="unfinished">Һәр баганада нәрсә икәнен сайлагыз; «кулланылмый» дип калдырылган багана укылмый.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not used</source>
        <translation type="unfinished">кулланылмый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file (name or path)</source>
        <translation type="unfinished">файл (исеме яки юлы)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>extra template parameter “%1”</source>
        <translation type="unfinished">өстәмә калып параметры «%1»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>their order: the first row is the first file</source>
        <translation type="unfinished">тәртибе буенча: беренче юл — беренче файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Match rows to files by</source>
        <translation type="unfinished">Юлларны файлларга нәрсә буенча туры китерергә</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the files</source>
        <translation type="unfinished">Файлларны тутыру</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/glamuploader/messages.py" line="+20"/>
        <source>The file is not there any more. Put it back, or remove it from the batch.</source>
        <translation type="unfinished">Файл бу урында юк инде. Аны кире куегыз яки пакеттан чыгарыгыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}). Check that it is not open elsewhere and that you may read it.</source>
        <translation type="unfinished">Файлны укып булмый ({reason}). Аның башка урында ачык түгеллеген һәм сезнең аны укырга хокукыгыз барлыгын тикшерегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty (0 bytes). Copy it again from the camera or the source.</source>
        <translation type="unfinished">Файл буш (0 байт). Аны камерадан яки чыганактан яңадан күчерегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a kind of file Commons accepts (its content is not an image, sound, video or document we recognise).</source>
        <translation type="unfinished">Викиҗыентык мондый төрдәге файлны кабул итми (аның эчтәлеге без таный торган сурәт, тавыш, видео яки документ түгел).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file seems cut short: the end of the image is missing. Copy it again from the source if you can.</source>
        <translation type="unfinished">Файл киселгән кебек: сурәтнең ахыры юк. Мөмкин булса, аны чыганактан яңадан күчерегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged and cannot be opened as an image ({reason}). Copy it again from the source.</source>
        <translation type="unfinished">Файл бозылган һәм аны сурәт итеп ачып булмый ({reason}). Аны чыганактан яңадан күчерегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image says it is {width} × {height} pixels, more than {limit} pixels: it may be a decompression bomb. It was not opened.</source>
        <translation type="unfinished">Сурәт үзенең зурлыгын {width} × {height} пиксель дип күрсәтә, бу {limit} пиксельдән күбрәк: бу «декомпрессия бомбасы» булырга мөмкин. Ул ачылмады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name ends in .{extension} but the file is really {detected}. It will be uploaded as .{detected}.</source>
        <translation type="unfinished">Файл исеме .{extension} белән тәмамлана, ләкин файл чынлыкта {detected}. Ул .{detected} булып төяләчәк.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data (EXIF) in this file cannot be read ({reason}); the date and location must be entered by hand.</source>
        <translation type="unfinished">Бу файлдагы камера мәгълүматын (EXIF) укып булмый ({reason}); датаны һәм урынны кулдан кертергә кирәк.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data field {tag} holds an impossible value ({value}); it was ignored.</source>
        <translation type="unfinished">Камера мәгълүматының {tag} кырында мөмкин булмаган кыйммәт бар ({value}); ул исәпкә алынмады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name contains invisible control or text-direction characters; they are left out of the title.</source>
        <translation type="unfinished">Файл исемендә күренми торган идарә яки текст юнәлеше символлары бар; алар исемгә кертелми.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file says only when it was last changed ({modified}), not when the photo was taken. Give the date, or leave it empty.</source>
        <translation type="unfinished">Файлда соңгы тапкыр кайчан үзгәртелгәне генә күрсәтелгән ({modified}), фото кайчан төшерелгәне түгел. Датаны күрсәтегез яки буш калдырыгыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no title. Give it a title that says what the picture shows.</source>
        <translation type="unfinished">Файлның исеме юк. Аңа сурәттә нәрсә күрсәтелгәнен әйтә торган исем бирегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is {bytes} bytes long; Commons allows {limit}. Shorten it (letters outside Latin take 2-4 bytes each).</source>
        <translation type="unfinished">Исемнең озынлыгы {bytes} байт; Викиҗыентык {limit} байтка кадәр рөхсәт итә. Аны кыскартыгыз (латин булмаган һәр хәреф 2–4 байт алып тора).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short ({length} characters; at least {minimum}). Say what the picture shows.</source>
        <translation type="unfinished">Исем артык кыска ({length} символ; ким дигәндә {minimum}). Сурәттә нәрсә күрсәтелгәнен әйтегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains characters that cannot be in a file name: {chars}. Remove or replace them.</source>
        <translation type="unfinished">Исемдә файл исемендә булырга ярамаган символлар бар: {chars}. Аларны бетерегез яки алыштырыгыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains invisible characters ({chars}). Retype the title.</source>
        <translation type="unfinished">Исемдә күренми торган символлар бар ({chars}). Исемне яңадан языгыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” looks like a name a camera gives; Commons refuses those. Give a title that says what the picture shows.</source>
        <translation type="unfinished">«{title}» камера бирә торган исемгә охшаган; Викиҗыентык андыйларны кабул итми. Сурәттә нәрсә күрсәтелгәнен әйтә торган исем бирегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is not in the normal Unicode form; it will be normalised.</source>
        <translation type="unfinished">Исем Unicode-ның нормаль формасында түгел; ул нормальләштереләчәк.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title ends in .{extension} but the file is .{expected}.</source>
        <translation type="unfinished">Исем .{extension} белән тәмамлана, ләкин файл .{expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another file of this batch has the same title ({other}). Make the titles different, e.g. with {{n}} in the title pattern.</source>
        <translation type="unfinished">Бу пакеттагы башка файлның да исеме шундый ук ({other}). Исемнәрне төрле итегез, мәсәлән, исем үрнәгенә {{n}} өстәп.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern uses {{{field}}}, which is not a known field.</source>
        <translation type="unfinished">Исем үрнәгендә {{{field}}} кулланыла, ләкин мондый кыр билгеле түгел.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern “{pattern}” cannot be used: check its braces {{ }} and field names.</source>
        <translation type="unfinished">«{pattern}» исем үрнәген кулланып булмый: аның {{ }} җәяләрен һәм кыр исемнәрен тикшерегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is the same as {other} in this batch (same content). Remove one of them.</source>
        <translation type="unfinished">Бу файл пакеттагы {other} белән бер үк (эчтәлеге бер үк). Аларның берсен пакеттан чыгарыгыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title ({reason}). Choose a more descriptive title.</source>
        <translation type="unfinished">Вики бу исемне рөхсәт итми ({reason}). Эчтәлекне яхшырак ачып бирә торган исем сайлагыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different file with this title is already on the wiki: {url}. Choose another title.</source>
        <translation type="unfinished">Викида бу исемле башка файл бар инде: {url}. Башка исем сайлагыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No licence is chosen. Choose the licence the author gave.</source>
        <translation type="unfinished">Лицензия сайланмаган. Автор биргән лицензияне сайлагыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence “{license}” is not one this app knows. Choose one from the list.</source>
        <translation type="unfinished">«{license}» лицензиясе бу кушымтага таныш түгел. Исемлектән берсен сайлагыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence {license} is only for your own work, but the source names someone else. Choose the licence the source gave.</source>
        <translation type="unfinished">{license} лицензиясе үз эшегез өчен генә, ләкин чыганакта башка кеше күрсәтелгән. Чыганак биргән лицензияне сайлагыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No author is given. Name the photographer or creator.</source>
        <translation type="unfinished">Автор күрсәтелмәгән. Фотографны яки иҗатчыны күрсәтегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No source is given. Say where the file comes from (a museum, a book, a web address).</source>
        <translation type="unfinished">Чыганак күрсәтелмәгән. Файлның кайдан алынганын күрсәтегез (музей, китап, веб-адрес).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no description. Add one in at least one language.</source>
        <translation type="unfinished">Тасвирлама юк. Ким дигәндә бер телдә тасвирлама өстәгез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” is not a language code Commons knows.</source>
        <translation type="unfinished">«{language}» — Викиҗыентык белә торган тел коды түгел.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” cannot be a language code. Use a code like en, tr or ar.</source>
        <translation type="unfinished">«{language}» тел коды була алмый. en, tt яки ru кебек код кулланыгыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a date. Write it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation type="unfinished">«{value}» — дата түгел. Аны YYYY-MM-DD, YYYY-MM яки YYYY рәвешендә языгыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is in the future. Check the camera&apos;s clock.</source>
        <translation type="unfinished">{value} датасы киләчәктә. Камераның сәгатен тикшерегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no category. Add at least one so people can find it.</source>
        <translation type="unfinished">Файлның төркеме юк. Кешеләр аны таба алсын өчен, ким дигәндә бер төркем өстәгез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{category}” cannot be a category name.</source>
        <translation type="unfinished">«{category}» төркем исеме була алмый.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a Wikidata item id (like Q42).</source>
        <translation type="unfinished">«{value}» — Викимәгълүмат элементы идентификаторы түгел (Q42 кебек).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location {latitude}, {longitude} is not on Earth&apos;s map. Check latitude (−90…90) and longitude (−180…180).</source>
        <translation type="unfinished">{latitude}, {longitude} урыны Җир картасында юк. Киңлекне (−90…90) һәм озынлыкны (−180…180) тикшерегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{template}” is not a single, complete template.</source>
        <translation type="unfinished">«{template}» — бер генә, тулы калып түгел.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” cannot be used for {field} in structured data. Give a Wikidata item id (like Q42), a web address starting with https://, or a user name, as the field asks.</source>
        <translation type="unfinished">«{value}» структуралы мәгълүматта {field} өчен кулланыла алмый. Кыр таләп иткәнчә, Викимәгълүмат элементы идентификаторын (Q42 кебек), https:// белән башланган веб-адресны яки кулланучы исемен күрсәтегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inventory number {value} is written to structured data only with the collection it belongs to. Add the collection&apos;s Wikidata item.</source>
        <translation type="unfinished">{value} инвентарь номеры структуралы мәгълүматка ул караган коллекция белән бергә генә языла. Коллекциянең Викимәгълүмат элементын өстәгез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caption in {language} is {length} characters long; Commons allows {limit}. Shorten it: the description can say more.</source>
        <translation type="unfinished">{language} телендәге язманың озынлыгы {length} символ; Викиҗыентык {limit} символга кадәр рөхсәт итә. Аны кыскартыгыз: тасвирламада күбрәк әйтеп була.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki as {title}: {url}. It will not be uploaded again.</source>
        <translation type="unfinished">Нәкъ шушы файл викида {title} исеме белән бар инде: {url}. Ул яңадан төялмәячәк.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept .{extension} files.</source>
        <translation type="unfinished">Вики .{extension} файлларын кабул итми.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is {size} bytes; the wiki accepts at most {limit}.</source>
        <translation type="unfinished">Файл {size} байт; вики иң күбе {limit} байт кабул итә.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported. Import it again.</source>
        <translation type="unfinished">Файл кертелгәннән соң дискта үзгәргән. Аны яңадан кертегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported ({changed}). Its facts were read again and the new file will be sent; check that the title and description still fit.</source>
        <translation type="unfinished">Файл кертелгәннән соң дискта үзгәргән ({changed}). Аның мәгълүматлары яңадан укылды һәм яңа файл җибәреләчәк; исемнең һәм тасвирламаның әле дә туры килүен тикшерегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not the name of a file on the wiki. Give the file to replace as File:Name.jpg, or clear the field to upload a new file.</source>
        <translation type="unfinished">«{value}» — викидагы файл исеме түгел. Алыштырыласы файлны File:Name.jpg рәвешендә күрсәтегез яки яңа файл төяү өчен кырны бушатыгыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file {title} on the wiki to replace. Check the name, or clear “new version of” to upload a new file.</source>
        <translation type="unfinished">Викида алыштырырга {title} файлы юк. Исемне тикшерегез яки яңа файл төяү өчен «Кайсы файлның яңа юрамасы» кырын бушатыгыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new version keeps the file type: {title} is .{expected}, this file is .{extension}. Upload it as a new file instead.</source>
        <translation type="unfinished">Яңа юрама файл төрен саклый: {title} — .{expected}, ә бу файл .{extension}. Аның урынына аны яңа файл итеп төягез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is marked as a new version of {title}. Run upload with --new-versions to replace that file, or clear the mark.</source>
        <translation type="unfinished">Бу файл {title} файлының яңа юрамасы дип билгеләнгән. Ул файлны алыштыру өчен upload (төяү) командасын --new-versions белән җибәрегез яки билгене алыгыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a privacy choice. Use “location” (remove the place) or “camera” (remove all camera data), or leave it empty.</source>
        <translation type="unfinished">«{value}» — конфиденциальлек сайлавы түгел. «location» (урынны бетерү) яки «camera» (камераның бөтен мәгълүматын бетерү) кулланыгыз яки буш калдырыгыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location or camera data cannot be removed from a .{kind} file without changing its pixels ({detail}). Remove it with another program, or clear the privacy choice.</source>
        <translation type="unfinished">Урынны яки камера мәгълүматын .{kind} файлыннан аның пиксельләрен үзгәртмичә бетереп булмый ({detail}). Аны башка программа белән бетерегез яки конфиденциальлек сайлавын бушатыгыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .{kind} file cannot be turned without changing its pixels: only JPEG photos are turned, by their orientation tag. Turn it in a photo editor and import it again, or set the turn back to none.</source>
        <translation type="unfinished">.{kind} файлын пиксельләрен үзгәртмичә борып булмый: кадр куелышы билгесе аша JPEG фотолар гына борыла. Аны фото мөхәррирендә борыгыз һәм яңадан кертегез яки боруны алып ташлагыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo could not be turned: {reason}. Export it again from the camera or editor, or set the turn back to none.</source>
        <translation type="unfinished">Фотоны борып булмады: {reason}. Аны камерадан яки мөхәррирдән яңадан экспортлагыз яки боруны алып ташлагыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged where its camera data is kept ({detail}), so no cleaned copy could be made. Export it again from the camera or editor.</source>
        <translation type="unfinished">Файлның камера мәгълүматы саклана торган өлеше бозылган ({detail}), шуңа чистартылган күчермә ясап булмады. Аны камерадан яки мөхәррирдән яңадан экспортлагыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Did you mean “{suggestion}”?</source>
        <translation type="unfinished">Викида «{category}» төркеме юк. Бәлки, «{suggestion}» күздә тотылгандыр?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Check the spelling, choose an existing category, or create this one first.</source>
        <translation type="unfinished">Викида «{category}» төркеме юк. Язылышын тикшерегез, булган төркемне сайлагыз яки башта бу төркемне төзегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category “{category}” was moved to “{target}”. Use “{target}” instead.</source>
        <translation type="unfinished">«{category}» төркеме «{target}» исеменә күчерелгән. Аның урынына «{target}» кулланыгыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} could not be confirmed as a Wikidata item (not found, or Wikidata could not be reached and it is not in the lookups cache). Check the Q-id.</source>
        <translation type="unfinished">{value} Викимәгълүмат элементы булып расланмады (табылмады, яки Викимәгълүматка тоташып булмады һәм ул эзләүләр кэшында юк). Q-идентификаторны тикшерегез.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file does not exist.</source>
        <translation type="unfinished">Файл юк.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}).</source>
        <translation type="unfinished">Файлны укып булмый ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file is damaged or was changed by hand in a way the app cannot read ({reason}). Open its last good copy (the same name ending in .bak, beside it), or undo the hand edit in a text editor.</source>
        <translation type="unfinished">Пакет файлы бозылган яки кушымта укый алмаслык итеп кулдан үзгәртелгән ({reason}). Аның соңгы исән күчермәсен ачыгыз (янәшәдәге шул ук исемле, .bak белән тәмамланган файл) яки текст мөхәррирендә кулдан кертелгән үзгәрешне кире кайтарыгыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file holds an instruction that could run a program ({reason}), so it was not read. If you did not put it there, use the last good copy (the same name ending in .bak).</source>
        <translation type="unfinished">Пакет файлында программа эшләтеп җибәрә ала торган күрсәтмә бар ({reason}), шуңа ул укылмады. Аны анда сез куймаган булсагыз, соңгы исән күчермәне кулланыгыз (шул ук исемле, .bak белән тәмамланган файл).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses shorthand (&amp; and * marks) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation type="unfinished">Пакет файлында бу кушымта укымый торган кыскартулар (&amp; һәм * билгеләре) кулланылган. Текст мөхәррирендә һәр кыйммәтне тулысынча языгыз яки соңгы исән күчермәне (.bak) кулланыгыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses a shorthand merge (&lt;&lt;) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation type="unfinished">Пакет файлында бу кушымта укымый торган кыскартылган берләштерү (&lt;&lt;) кулланылган. Текст мөхәррирендә һәр кыйммәтне тулысынча языгыз яки соңгы исән күчермәне (.bak) кулланыгыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large to be a batch ({size} bytes).</source>
        <translation type="unfinished">Файл пакет булу өчен артык зур ({size} байт).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value here is {size} bytes long; no field of a batch is longer than {limit}. Remove it in a text editor, or restore a copy.</source>
        <translation type="unfinished">Монда бер кыйммәтнең озынлыгы {size} байт; пакетның бер кыры да {limit} байттан озынрак булмый. Аны текст мөхәррирендә бетерегез яки күчермәне кире кайтарыгыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a {expected} file.</source>
        <translation type="unfinished">Бу {expected} файлы түгел.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has format {format}; this version of the app reads format {supported}. Update the app.</source>
        <translation type="unfinished">Файлның форматы {format}; кушымтаның бу юрамасы {supported} форматын укый. Кушымтаны яңартыгыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field “{field}” should be {expected}.</source>
        <translation type="unfinished">«{field}» кыры {expected} булырга тиеш.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet cannot be read ({reason}). Open it in your spreadsheet program and save it again as CSV, XLSX or ODS.</source>
        <translation type="unfinished">Таблицаны укып булмый ({reason}). Аны таблицалар программасында ачыгыз һәм CSV, XLSX яки ODS итеп яңадан саклагыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet has no header row. Its first row should name the columns (for example “accession number”, “title”).</source>
        <translation type="unfinished">Таблицада баш юл юк. Аның беренче юлында баганаларның исемнәре булырга тиеш (мәсәлән, «инвентарь номеры», «исем»).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wiki has not yet given the number of the new file page, so its captions and statements could not be written now.</source>
        <extracomment>why one file was not uploaded, by ``UploadOutcome.error`` (see wiki/upload.py); the wiki&apos;s own words follow in brackets</extracomment>
        <translation type="unfinished">Вики яңа файл битенең номерын әлегә бирмәде, шуңа аның язмаларын һәм раслауларын хәзер язып булмады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different file already has this title on the wiki. Choose another title.</source>
        <translation type="unfinished">Викида бу исем белән башка файл бар инде. Башка исем сайлагыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title. Choose a more descriptive title.</source>
        <translation type="unfinished">Вики бу исемне рөхсәт итми. Эчтәлекне яхшырак ачып бирә торган исем сайлагыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has characters a file name on the wiki cannot have. Change the title.</source>
        <translation type="unfinished">Исемдә викидагы файл исемендә булырга ярамаган символлар бар. Исемне үзгәртегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short for the wiki. Give a longer, descriptive title.</source>
        <translation type="unfinished">Исем вики өчен артык кыска. Озынрак, эчтәлекне ачып бирә торган исем бирегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too long for the wiki. Shorten it.</source>
        <translation type="unfinished">Исем вики өчен артык озын. Аны кыскартыгыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has no file extension the wiki accepts for this file. Check the file type.</source>
        <translation type="unfinished">Исемдә вики бу файл өчен кабул итә торган файл киңәйтелмәсе юк. Файл төрен тикшерегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept this type of file.</source>
        <translation type="unfinished">Вики мондый төрдәге файлны кабул итми.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki discourages this type of file. Convert it to a preferred format.</source>
        <translation type="unfinished">Вики мондый төрдәге файлны хупламый. Аны өстенлекле форматка үзгәртегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki found the file&apos;s content does not match its type, or it is damaged.</source>
        <translation type="unfinished">Вики файлның эчтәлеге аның төренә туры килмәгәнен яки файлның бозылганын ачыклады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is larger than the wiki accepts.</source>
        <translation type="unfinished">Файл вики кабул итә алганнан зуррак.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty. Check that it was copied completely.</source>
        <translation type="unfinished">Файл буш. Аның тулысынча күчерелгәнен тикшерегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is no longer where it was imported from. Put it back, or remove it from the batch.</source>
        <translation type="unfinished">Файл кертелгән урында юк инде. Аны кире куегыз яки пакеттан чыгарыгыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki.</source>
        <translation type="unfinished">Нәкъ шушы файл викида бар инде.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file with this title was deleted from the wiki before. Check why before uploading again.</source>
        <translation type="unfinished">Бу исемле файл элек викидан бетерелгән. Яңадан төяү алдыннан нигә бетерелгәнен белешегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file was uploaded before and deleted. Check why before uploading again.</source>
        <translation type="unfinished">Нәкъ шушы файл элек төялгән һәм бетерелгән. Яңадан төяү алдыннан нигә бетерелгәнен белешегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title starts like a camera file name. Give a descriptive title.</source>
        <translation type="unfinished">Исем камера биргән файл исеме кебек башлана. Эчтәлекне ачып бирә торган исем бирегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki changed the title because it had characters a file name cannot have.</source>
        <translation type="unfinished">Вики исемне үзгәртте, чөнки анда файл исемендә булырга ярамаган символлар бар иде.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file looks like a thumbnail of another file. Upload the full-size original.</source>
        <translation type="unfinished">Файл башка файлның кече рәсеменә охшаган. Тулы зурлыктагы оригиналын төягез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title looks like a thumbnail&apos;s name (it starts with a size). Change the title.</source>
        <translation type="unfinished">Исем кече рәсем исеменә охшаган (ул зурлык белән башлана). Исемне үзгәртегез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploads are switched off on this wiki.</source>
        <translation type="unfinished">Бу викида төяү сүндерелгән.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the file without saying why. Try again later, or upload it by hand to see the reason.</source>
        <translation type="unfinished">Вики файлны сәбәбен әйтмичә кире какты. Соңрак яңадан карагыз яки сәбәбен күрү өчен аны кулдан төягез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki asked us to slow down (rate limit) and the file was tried several times. Upload again later to go on.</source>
        <translation type="unfinished">Вики эшне акрынайтуны сорады (тизлек чикләнеше), һәм файлны берничә тапкыр җибәреп карадык. Дәвам итү өчен соңрак яңадан төягез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki&apos;s servers were too busy and the file was tried several times. Upload again later to go on.</source>
        <translation type="unfinished">Вики серверлары артык мәшгуль иде, һәм файлны берничә тапкыр җибәреп карадык. Дәвам итү өчен соңрак яңадан төягез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki is read-only for maintenance. Upload again later to go on.</source>
        <translation type="unfinished">Вики техник хезмәт күрсәтү сәбәпле укуга гына ачык. Дәвам итү өчен соңрак яңадан төягез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not keep the file&apos;s pieces (chunks). Upload again to go on.</source>
        <translation type="unfinished">Вики файлның кисәкләрен саклый алмады. Дәвам итү өчен яңадан төягез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login session ended and could not be renewed in time. Upload again to go on.</source>
        <translation type="unfinished">Керү сеансы тәмамланды һәм аны вакытында яңартып булмады. Дәвам итү өчен яңадан төягез.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not be reached. Check the connection; the upload can be resumed.</source>
        <translation type="unfinished">Викига тоташып булмады. Тоташуны тикшерегез; төяүне дәвам итеп була.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not logged in, or the session expired. Log in again.</source>
        <translation type="unfinished">Сез кермәгәнсез яки сеанс вакыты чыккан. Яңадан керегез.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The wiki answered with an error the app does not know ({code}). Upload again later; if it stays, upload this file by hand to see more.</source>
        <extracomment>for an error code the app has no words for: the wiki&apos;s code and text, and what to do</extracomment>
        <translation type="unfinished">Вики кушымта белмәгән хата белән җавап бирде ({code}). Соңрак яңадан төягез; хата кабатланса, тулырак белү өчен бу файлны кулдан төягез.</translation>
    </message>
</context>
<context>
    <name>MuseumFields</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+35"/>
        <source>Museum object</source>
        <translation type="unfinished">Музей предметы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fields of the page&apos;s museum template. An artist or institution can be text, a template such as {{Creator:William Blake}}, or a Wikidata Q-id.</source>
        <translation type="unfinished">Битнең музей калыбы кырлары. Рәссам яки оешма текст, {{Creator:William Blake}} кебек калып яки Викимәгълүмат Q-идентификаторы була ала.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(сайланган файлларда төрле)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — пакетның гадәттәге кыйммәтләреннән</translation>
    </message>
</context>
<context>
    <name>MuseumSheet</name>
    <message>
        <location filename="../src/glamuploader/ui/museumsheet.py" line="+18"/>
        <location line="+55"/>
        <source>Fill in from a museum spreadsheet</source>
        <translation type="unfinished">Музей таблицасыннан тутыру</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</source>
        <translation type="unfinished">Таблицалар (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fill in from %1</source>
        <translation type="unfinished">%1 файлыннан тутыру</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>row %1</source>
        <translation type="unfinished">юл %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished">юл %1, багана %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source> … and %1 more</source>
        <translation type="unfinished"> … һәм тагын %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cells to mend in the spreadsheet:</source>
        <translation type="unfinished">Таблицада төзәтергә кирәк булган күзәнәкләр:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was dropped: rows without a file stay in the spreadsheet, and files without a row keep what they had. Undo takes the whole filling back.</source>
        <translation type="unfinished">Бернәрсә дә төшеп калмады: файлы булмаган юллар таблицада кала, ә юлы булмаган файлларда элеккеге кыйммәтләр саклана. «Кире кайтару» бөтен тутыруны кире кайтара.</translation>
    </message>
</context>
<context>
    <name>PageTemplateBox</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+48"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — пакетның гадәттәге кыйммәтләреннән</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/preferences.py" line="+28"/>
        <source>Wikimedia Commons</source>
        <translation type="unfinished">Викиҗыентык (Wikimedia Commons)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta Commons (for testing)</source>
        <translation type="unfinished">Бета-Викиҗыентык (сынау өчен)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local sandbox wiki (on this computer)</source>
        <translation type="unfinished">Җирле сынау вики-сайты (шушы компьютерда)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preferences</source>
        <translation type="unfinished">Көйләнмәләр</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The wiki a new batch goes to: choose one, or type the address of any MediaWiki&apos;s api.php. The open batch&apos;s wiki is chosen in the toolbar.</source>
        <translation type="unfinished">Яңа пакет төяләчәк вики: берсен сайлагыз яки теләсә кайсы MediaWiki-ның api.php адресын языгыз. Ачык пакет өчен вики кораллар панелендә сайлана.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">мәсәлән, [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose per batch</source>
        <translation type="unfinished">Һәр пакет өчен аерым сайлана</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> px</source>
        <translation type="unfinished"> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload new batches to</source>
        <translation type="unfinished">Яңа пакетларны кая төяргә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the app</source>
        <translation type="unfinished">Кушымта теле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default author</source>
        <translation type="unfinished">Гадәттәге автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default licence</source>
        <translation type="unfinished">Гадәттәге лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail size</source>
        <translation type="unfinished">Кече рәсем зурлыгы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiki, bot password, author and licence, step by step…</source>
        <translation type="unfinished">Вики, бот серсүзе, автор һәм лицензия — адымлап…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first-run assistant: it can check your bot password</source>
        <translation type="unfinished">Беренче эшләтеп җибәрү ярдәмчесе: ул бот серсүзегезне тикшерә ала</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/previewpanel.py" line="+53"/>
        <source>Wikitext</source>
        <translation type="unfinished">Вики-текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structured data</source>
        <translation type="unfinished">Структуралы мәгълүмат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered page</source>
        <translation type="unfinished">Бит күренеше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captions and statements (depicts, licence, date, location…) written to the file after upload.</source>
        <translation type="unfinished">Төягәннән соң файлга өстәләчәк язмалар һәм раслаулар (сурәтләнгән, лицензия, дата, урын…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show as JSON (what is sent to the wiki)</source>
        <translation type="unfinished">JSON итеп күрсәтү (викига нәрсә җибәрелә)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show it as the wiki renders it</source>
        <translation type="unfinished">Вики күрсәткәнчә күрсәтү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the wiki to render the page; nothing is saved there</source>
        <translation type="unfinished">Викидан битне ясап күрсәтүне сорый; анда бернәрсә дә сакланмый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a file to see the page that will be sent.</source>
        <translation type="unfinished">Җибәреләчәк битне күрү өчен файл сайлагыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one file, then ask the wiki to render its page.</source>
        <translation type="unfinished">Бер файл сайлагыз, аннары викидан аның битен ясап күрсәтүне сорагыз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Caption (%1)</source>
        <translation type="unfinished">Язма (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depicts</source>
        <translation type="unfinished">Сурәтләнгән</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creator</source>
        <translation type="unfinished">Иҗатчы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation type="unfinished">Лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright status</source>
        <translation type="unfinished">Авторлык хокукы статусы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source of file</source>
        <translation type="unfinished">Файлның чыганагы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished">Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the photo was taken</source>
        <translation type="unfinished">Фото төшерелгән урын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place shown</source>
        <translation type="unfinished">Күрсәтелгән урын</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reproduces the artwork</source>
        <translation type="unfinished">Сәнгать әсәренең күчермәсе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection</source>
        <translation type="unfinished">Коллекция</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inventory number</source>
        <translation type="unfinished">Инвентарь номеры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author&apos;s name</source>
        <translation type="unfinished">Авторның исеме</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wikimedia user name</source>
        <translation type="unfinished">Викимедиа кулланучы исеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation type="unfinished">Веб-адрес</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Described at</source>
        <translation type="unfinished">Кайда тасвирланган</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking the wiki…</source>
        <translation type="unfinished">Викидан сорала…</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/problemspanel.py" line="+87"/>
        <source>File</source>
        <translation type="unfinished">Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation type="unfinished">Кыр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation type="unfinished">Проблема</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(batch)</source>
        <translation type="unfinished">(пакет)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Accept warning</source>
        <translation type="unfinished">Кисәтүне кабул итү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload anyway: the selected warning is not shown again for this file</source>
        <translation type="unfinished">Барыбер төяү: сайланган кисәтү бу файл өчен башка күрсәтелмәячәк</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No problems.</source>
        <translation type="unfinished">Проблемалар юк.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2.</source>
        <comment>errors to fix, warnings</comment>
        <translation type="unfinished">%1, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s) to fix before upload</source>
        <translation type="unfinished">
            <numerusform>Төяү алдыннан төзәтәсе %n хата</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform>%n кисәтү</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../src/glamuploader/ui/qtwords.py" line="+20"/>
        <source>&amp;OK</source>
        <translation type="unfinished">&amp;Ярар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Саклау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Кире алу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation type="unfinished">Я&amp;бу</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Кире кайтару</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">Ка&amp;батлау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">Ки&amp;сеп алу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">Кү&amp;череп алу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">Керте&amp;п кую</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation type="unfinished">Бетерү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation type="unfinished">Барысын да сайлау</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+3"/>
        <source>Show Details...</source>
        <translation type="unfinished">Тулырак мәгълүматны күрсәтү...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide Details...</source>
        <translation type="unfinished">Тулырак мәгълүматны яшерү...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-16"/>
        <source>OK</source>
        <translation type="unfinished">Ярар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation type="unfinished">Саклау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation type="unfinished">Ачу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Әйе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Юк</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation type="unfinished">Ябу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Кире алу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation type="unfinished">Сакламау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation type="unfinished">Белешмә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation type="unfinished">Куллану</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation type="unfinished">Баштагы хәлгә кайтару</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation type="unfinished">Кабатлап карау</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+9"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">Кү&amp;череп алу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">&amp;Сылтама адресын күчереп алу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation type="unfinished">Барысын да сайлау</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-7"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished">&lt; &amp;Кирегә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished">&amp;Дәвам итү &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation type="unfinished">&amp;Әзер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Белешмә</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/replacedialog.py" line="+11"/>
        <source>Find and replace</source>
        <translation type="unfinished">Табу һәм алыштыру</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In column</source>
        <translation type="unfinished">Баганада</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation type="unfinished">Табу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation type="unfinished">Нәрсәгә алыштырырга</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace all</source>
        <translation type="unfinished">Барысын да алыштыру</translation>
    </message>
</context>
<context>
    <name>Scenes</name>
    <message>
        <location filename="../src/glamuploader/ui/scenes.py" line="+29"/>
        <source>Select the &amp;whole scene</source>
        <translation type="unfinished">Күренешне тулысынча &amp;сайлау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the photos taken with the selected one, without a gap of 20 minutes or 300 m walked between them (key: S)</source>
        <translation type="unfinished">Сайланган фото белән бергә төшерелгән, араларында 20 минутлык өзеклек яки 300 м юл булмаган фотоларны сайлау (төймә: S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a photo of the scene first.</source>
        <translation type="unfinished">Башта күренешнең берәр фотосын сайлагыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n photo(s) of this scene selected: what you write in the editor now goes to all of them.</source>
        <translation type="unfinished">
            <numerusform>Бу күренешнең %n фотосы сайланды: хәзер мөхәррирдә язган нәрсәгез аларның барысына да кагыла.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stacks</name>
    <message>
        <location filename="../src/glamuploader/ui/stacks.py" line="+64"/>
        <source>&amp;Stack similar photos</source>
        <translation type="unfinished">&amp;Охшаш фотоларны өю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show each burst or near-duplicate as one photo with a count; Space on it compares them</source>
        <translation type="unfinished">Рәттән төшерелгән һәр серияне яки бер-берсенә бик охшаган фотоларны саны күрсәтелгән бер фото итеп күрсәтү; аның өстендә Space аларны чагыштыра</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep the best of each stack</source>
        <translation type="unfinished">&amp;Һәр өемнән иң яхшысын калдыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In every stack, pick the photo with most stars (or the one picked, or the first) and reject the others</source>
        <translation type="unfinished">Һәр өемдә иң күп йолдызлы фотоны (яки сайлап алынганын, яки беренчесен) сайлап алу, ә калганнарын кире кагу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation type="unfinished">Кире алу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding similar photos: %v of %m</source>
        <translation type="unfinished">Охшаш фотолар эзләнә: %v / %m</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n stack(s) of similar photos.</source>
        <translation type="unfinished">
            <numerusform>Охшаш фотолардан %n өем төзелде.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Similar photos could not be found: %1</source>
        <translation type="unfinished">Охшаш фотоларны табып булмады: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The selected photo is in no stack of similar photos. Turn on Edit ▸ Stack similar photos to find them.</source>
        <translation type="unfinished">Сайланган фото охшаш фотоларның бер өемендә дә юк. Аларны табу өчен Үзгәртү ▸ Охшаш фотоларны өю пунктын кабызыгыз.</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <location filename="../src/glamuploader/ui/tableview.py" line="+29"/>
        <source>file</source>
        <translation type="unfinished">файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file name</source>
        <translation type="unfinished">файл исеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned title</source>
        <translation type="unfinished">планлаштырылган исем</translation>
    </message>
</context>
<context>
    <name>TemplateFields</name>
    <message>
        <location filename="../src/glamuploader/ui/fieldnames.py" line="+11"/>
        <source>Artist</source>
        <translation type="unfinished">Рәссам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation type="unfinished">Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation type="unfinished">Исем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation type="unfinished">Тасвирлама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished">Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation type="unfinished">Материал һәм техника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation type="unfinished">Үлчәмнәр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation type="unfinished">Оешма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation type="unfinished">Бүлек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accession number</source>
        <translation type="unfinished">Инвентарь номеры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit line</source>
        <translation type="unfinished">Рәхмәт юлы (credit line)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished">Чыганак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission</source>
        <translation type="unfinished">Рөхсәт</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Other versions</source>
        <translation type="unfinished">Башка юрамалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted people</source>
        <translation type="unfinished">Сурәтләнгән кешеләр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted place</source>
        <translation type="unfinished">Сурәтләнгән урын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of creation</source>
        <translation type="unfinished">Ясалган урыны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of discovery</source>
        <translation type="unfinished">Табылган урыны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object history</source>
        <translation type="unfinished">Предметның тарихы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibition history</source>
        <translation type="unfinished">Күргәзмәләр тарихы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inscriptions</source>
        <translation type="unfinished">Язулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished">Искәрмәләр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation type="unfinished">Әдәбият</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item</source>
        <translation type="unfinished">Викимәгълүмат элементы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photographer</source>
        <translation type="unfinished">Фотограф</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the artwork</source>
        <translation type="unfinished">Әсәрнең лицензиясе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo description</source>
        <translation type="unfinished">Фото тасвирламасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the photo</source>
        <translation type="unfinished">Фотоның датасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the photo</source>
        <translation type="unfinished">Фотоның лицензиясе</translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/delegate.py" line="+105"/>
        <source>%n similar</source>
        <translation type="unfinished">
            <numerusform>%n охшаш</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/uploadpanel.py" line="+96"/>
        <source>Upload to %1</source>
        <translation type="unfinished">%1 сайтына төяү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in…</source>
        <translation type="unfinished">Керү…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Start upload</source>
        <translation type="unfinished">Төяүне башлау</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+164"/>
        <source>Resume</source>
        <translation type="unfinished">Дәвам итү</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Pause</source>
        <translation type="unfinished">Туктатып тору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the file that is going up now; a big file stops after its current chunk and goes on from there</source>
        <translation type="unfinished">Хәзер җибәрелә торган файлдан соң туктау; зур файл агымдагы кисәгеннән соң туктый һәм соңыннан шуннан дәвам итә</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after the file that is going up now and close; what was uploaded stays recorded</source>
        <translation type="unfinished">Хәзер җибәрелә торган файлдан соң туктау һәм ябу; төялгәннәр язылып кала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry failed</source>
        <translation type="unfinished">Уңышсызларны кабатлау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report (CSV)…</source>
        <translation type="unfinished">Хисапны саклау (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy gallery wikitext</source>
        <translation type="unfinished">Галерея вики-текстын күчереп алу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation type="unfinished">Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished">Халәт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File page</source>
        <translation type="unfinished">Файл бите</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending…</source>
        <translation type="unfinished">Җибәрү алдыннан файлларны карап чыгу…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not logged in to %1.</source>
        <translation type="unfinished">%1 сайтына кермәгәнсез.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in to %1 as %2.</source>
        <translation type="unfinished">%1 сайтына %2 булып кердегез.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation type="unfinished">Ябу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished">Кире алу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log in and upload…</source>
        <translation type="unfinished">Керү һәм төяү…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%v of %m files</source>
        <translation type="unfinished">%m файлдан %v</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Logging in…</source>
        <translation type="unfinished">Керү бара…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Login failed: %1</source>
        <translation type="unfinished">Керү барып чыкмады: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The files are checked; sending them now.</source>
        <translation type="unfinished">Файллар тикшерелде; хәзер җибәрелә.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Waiting %1 s: this account may upload only so many files an hour (the wiki&apos;s rate limit)</source>
        <translation type="unfinished">%1 с көтәбез: бу хисап язмасы сәгатенә чикле санда гына файл төяй ала (викиның тизлек чикләнеше)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The wiki is busy; trying %1 again in %2 s</source>
        <translation type="unfinished">Вики мәшгуль; %1 %2 с узгач яңадан җибәреләчәк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki did not answer; trying %1 again in %2 s</source>
        <translation type="unfinished">Вики җавап бирмәде; %1 %2 с узгач яңадан җибәреләчәк</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uploading %1</source>
        <translation type="unfinished">%1 төялә</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopping after the file that is going up now…</source>
        <translation type="unfinished">Хәзер җибәрелә торган файлдан соң туктала…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About %1 min %2 s left</source>
        <translation type="unfinished">Якынча %1 мин %2 с калды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uploaded, %2 already on the wiki, %3 failed.</source>
        <translation type="unfinished">%1 төялде, %2 викида бар иде инде, %3 уңышсыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused.</source>
        <translation type="unfinished">Туктатып торылды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wiki has no structured data: captions and statements were not written.</source>
        <translation type="unfinished">Бу викида структуралы мәгълүмат юк: язмалар һәм раслаулар язылмады.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending (still there, changed since import): %1 of %2…</source>
        <translation type="unfinished">Җибәрү алдыннан файлларны карап чыгу (урынындамы, кертелгәннән соң үзгәрмәгәнме): %2 файлдан %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upload journal was damaged. It is kept as %1 and a new one was begun. Nothing is lost: files already on the wiki are found by their checksum.</source>
        <translation type="unfinished">Төяү көндәлеге бозылган иде. Ул %1 булып сакланды һәм яңасы башланды. Бернәрсә дә югалмады: викида булган файллар контроль суммалары буенча табыла.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save report</source>
        <translation type="unfinished">Хисапны саклау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV файллары (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report is saved as %1.</source>
        <translation type="unfinished">Хисап %1 булып сакланды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gallery wikitext is on the clipboard.</source>
        <translation type="unfinished">Галерея вики-тексты алмашу буферына күчерелде.</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../src/glamuploader/ui/viewer.py" line="+284"/>
        <source>This file cannot be shown: it is not a picture the viewer can read, or it is damaged. Check it in the list of problems.</source>
        <translation type="unfinished">Бу файлны күрсәтеп булмый: ул программа укый алырлык сурәт түгел яки бозылган. Аны проблемалар исемлегендә тикшерегез.</translation>
    </message>
</context>
<context>
    <name>_LocationEditor</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/fieldwidgets.py" line="+105"/>
        <source>latitude</source>
        <translation type="unfinished">киңлек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude</source>
        <translation type="unfinished">озынлык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heading °</source>
        <translation type="unfinished">юнәлеш °</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation type="unfinished">Карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this place on OpenStreetMap in your browser</source>
        <translation type="unfinished">Бу урынны браузерда OpenStreetMap картасында күрсәтү</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>removed from the upload</source>
        <translation type="unfinished">төяләсе күчермәдән бетерелгән</translation>
    </message>
</context>
<context>
    <name>_TextRow</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="-40"/>
        <source>Remove this language</source>
        <translation type="unfinished">Бу телне бетерү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(сайланган файлларда төрле)</translation>
    </message>
</context>
</TS>
