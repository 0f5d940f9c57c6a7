<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ba">
<context>
    <name>About</name>
    <message>
        <location filename="../src/glamuploader/ui/about.py" line="+24"/>
        <source>New batches</source>
        <translation type="unfinished">Яңы пакеттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload journal (what reached the wiki, for resuming)</source>
        <translation type="unfinished">Йөкләү журналы (викиға нимә барып етте — дауам итеү өсөн)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbnails and lookups cache</source>
        <translation type="unfinished">Миниатюралар һәм эҙләүҙәр кэшы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch uploads of photos and scans to Wikimedia Commons, with structured data.</source>
        <translation type="unfinished">Фотоларҙы һәм скандарҙы Викимилеккә (Wikimedia Commons) структураланған мәғлүмәттәр менән пакетлап йөкләү.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished">GNU GPL лицензияһының 3-сө йәки һуңыраҡ өлгөһө буйынса ирекле программа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your files live:</source>
        <translation type="unfinished">Файлдарығыҙ ҡайҙа һаҡлана:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built on:</source>
        <translation type="unfinished">Ҡулланылған китапханалар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a crash: open the app again. Your batch is saved as you work, and the journal knows which files reached the wiki; Upload goes on without sending any file twice.</source>
        <translation type="unfinished">Программа көтмәгәндә ябылһа: уны яңынан асығыҙ. Пакетығыҙ эш барышында һаҡлана, ә журнал ҡайһы файлдарҙың викиға барып еткәнен белә; «Йөкләргә» бер файлды ла ике тапҡыр ебәрмәйенсә дауам итә.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reviewed translations: %1.</source>
        <translation type="unfinished">Тикшерелгән тәржемәләр: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet reviewed by a native speaker: %1. Corrections are welcome (translations/README.md says how).</source>
        <translation type="unfinished">Туған телдә һөйләшеүсе кеше әлегә тикшермәгән: %1. Төҙәтмәләрегеҙҙе көтәбеҙ (нисек ебәрергә — translations/README.md файлында яҙылған).</translation>
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
        <translation type="unfinished">әҙер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploading</source>
        <translation type="unfinished">йөкләнә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded</source>
        <translation type="unfinished">йөкләнде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded, data pending</source>
        <translation type="unfinished">йөкләнде, мәғлүмәттәр көтөлә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation type="unfinished">уңышһыҙ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate</source>
        <translation type="unfinished">дубликат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation type="unfinished">кире ҡағылды</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/tableview.py" line="+312"/>
        <source>Paste %n cell(s)</source>
        <translation type="unfinished">
            <numerusform>%n күҙәнәкте ҡуйырға</numerusform>
            <numerusform>%n күҙәнәкте ҡуйырға</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill down</source>
        <translation type="unfinished">Аҫҡа табан тултырырға</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replace in %1</source>
        <translation type="unfinished">%1 бағанаһында алмаштырырға</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <location line="-246"/>
        <source>Thumbnail</source>
        <translation type="unfinished">Миниатюра</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Edit %1</source>
        <translation type="unfinished">Үҙгәртеү: %1</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <location filename="../src/glamuploader/ui/curation.py" line="+67"/>
        <source>Go to the &amp;next photo after marking one</source>
        <translation type="unfinished">Билдә ҡуйғас, киләһе &amp;фотоға күсергә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After P, X, U or a number of stars, the next photo is shown</source>
        <translation type="unfinished">P, X, U йәки йондоҙ һаны баҫылғас, киләһе фото күрһәтелә</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Select two to four photos to compare them side by side.</source>
        <translation type="unfinished">Йәнәш ҡуйып сағыштырыу өсөн икенән дүрткә тиклем фото һайлағыҙ.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Turn left</source>
        <translation type="unfinished">Һулға әйләндереү</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn right</source>
        <translation type="unfinished">Уңға әйләндереү</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Keep one, reject %n other(s)</source>
        <translation type="unfinished">
            <numerusform>Берәүһен ҡалдырыу, ҡалған %n фотоны кире ҡағыу</numerusform>
            <numerusform>Берәүһен ҡалдырыу, ҡалған %n фотоны кире ҡағыу</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stars: %1</source>
        <translation type="unfinished">Йондоҙҙар: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick</source>
        <translation type="unfinished">Һайлап алыу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject</source>
        <translation type="unfinished">Кире ҡағыу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark</source>
        <translation type="unfinished">Билдәне алыу</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../src/glamuploader/ui/demo.py" line="+12"/>
        <source>Starting the sandbox wiki and making sample photos… (the first time takes a minute)</source>
        <translation type="unfinished">Һынау вики-сайты эшләтеп ебәрелә һәм миҫал өсөн фотолар яһала… (тәүге тапҡыр бер минут самаһы ваҡыт ала)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sample batch is aimed at the sandbox wiki on this computer.</source>
        <translation type="unfinished">Миҫал пакет ошо компьютерҙағы һынау вики-сайтына йүнәлтелгән.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/panel.py" line="+146"/>
        <source>&amp;Description</source>
        <translation type="unfinished">&amp;Тасуирлама</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;itle</source>
        <translation type="unfinished">&amp;Атама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ption</source>
        <translation type="unfinished">Аңлат&amp;ма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Author</source>
        <translation type="unfinished">Авт&amp;ор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Da&amp;te</source>
        <translation type="unfinished">&amp;Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation type="unfinished">&amp;Сығанаҡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Licence</source>
        <translation type="unfinished">&amp;Лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Categories</source>
        <translation type="unfinished">&amp;Категориялар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Depicts</source>
        <translation type="unfinished">Һүрәтләнгән</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locatio&amp;n</source>
        <translation type="unfinished">&amp;Урын</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Te&amp;mplates</source>
        <translation type="unfinished">&amp;Ҡалыптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privac&amp;y</source>
        <translation type="unfinished">Сер &amp;һаҡлау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page template</source>
        <translation type="unfinished">Бит ҡалыбы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;version of</source>
        <translation type="unfinished">Ҡайһы файлдың яңы &amp;өлгөһө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version s&amp;ummary</source>
        <translation type="unfinished">Яңы өлгөлә &amp;нимә үҙгәрҙе</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY. Empty: the date the photo was taken.</source>
        <translation type="unfinished">YYYY-MM-DD, YYYY-MM йәки YYYY. Буш булһа: фото төшөрөлгән көн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty for your own work; else the museum, book or web address.</source>
        <translation type="unfinished">Үҙ эшегеҙ булһа, буш ҡалдырығыҙ; башҡа осраҡта — музей, китап йәки веб-адрес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category name, without “Category:”</source>
        <translation type="unfinished">Категория исеме, «Category:» өҫтәмәйенсә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item, e.g. Q42</source>
        <translation type="unfinished">Викимәғлүмәт элементы, мәҫәлән, Q42</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation type="unfinished">мәҫәлән, {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata</source>
        <translation type="unfinished">Метамәғлүмәттәр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence, author and categories for every file…</source>
        <translation type="unfinished">Һәр файл өсөн лицензия, автор һәм категориялар…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload a better version of this file…</source>
        <translation type="unfinished">Был файлдың яҡшыртылған өлгөһөн йөкләргә…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else goes up as a new file.</source>
        <translation type="unfinished">Шул уҡ һүрәтте бер аҙ яҡшыртыу өсөн генә: асыҡлыҡты, төҫтө яҡшыртыу, шау-шыуҙы кәметеү йәки бороу. Ҡалған бөтә нәмә яңы файл булып йөкләнә.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cleaned copy is uploaded; the pixels and your original file are never changed.</source>
        <translation type="unfinished">Таҙартылған күсермә йөкләнә; пикселдәр һәм һеҙҙең төп файлығыҙ бер ҡасан да үҙгәртелмәй.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:Name.jpg on the wiki — empty for a new file</source>
        <translation type="unfinished">Викиҙағы File:Name.jpg — яңы файл өсөн буш ҡалдырығыҙ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commons allows a new version only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else (another photo, a crop that changes what is shown) goes up as a new file. When in doubt, upload a new file.</source>
        <translation type="unfinished">Викимилек яңы өлгөнө шул уҡ һүрәтте бер аҙ яҡшыртҡан осраҡта ғына рөхсәт итә: асыҡлыҡты, төҫтө яҡшыртыу, шау-шыуҙы кәметеү йәки бороу. Ҡалған бөтә нәмә (башҡа фото, күрһәтелгән нәмәне үҙгәрткән ҡырҡыу) яңы файл булып йөкләнә. Шикләнһәгеҙ, яңы файл йөкләгеҙ.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Uploaded as %1. Its page is edited on the wiki now.</source>
        <translation type="unfinished">%1 булып йөкләнде. Уның бите хәҙер викиҙа үҙгәртелә.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on the wiki as %1: it is not uploaded again.</source>
        <translation type="unfinished">Викиҙа %1 булып бар инде: яңынан йөкләнмәй.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These files are on the wiki. Their pages are edited there now.</source>
        <translation type="unfinished">Был файлдар викиҙа бар. Уларҙың биттәре хәҙер шунда үҙгәртелә.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keywords from the file as categories: %1</source>
        <translation type="unfinished">Файлдағы төп һүҙҙәр категория булараҡ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each is checked on the wiki like any category; remove those that are not categories there.</source>
        <translation type="unfinished">Һәр береһе викиҙа башҡа категориялар кеүек тикшерелә; унда категория булмағандарын юйығыҙ.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Museum field</source>
        <translation type="unfinished">Музей юлы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select one or more files to edit them.</source>
        <translation type="unfinished">Үҙгәртеү өсөн бер йәки бер нисә файл һайлағыҙ.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n files selected: a change applies to all of them.</source>
        <translation type="unfinished">
            <numerusform>%n файл һайланған: үҙгәреш уларҙың барыһына ла ҡағыла.</numerusform>
            <numerusform>%n файл һайланған: үҙгәреш уларҙың барыһына ла ҡағыла.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(һайланған файлдарҙа төрлө)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — пакеттың ғәҙәттәге ҡиммәттәренән</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>From the file: %1</source>
        <translation type="unfinished">Файлдан: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Will be uploaded as: File:%1</source>
        <translation type="unfinished">Былай йөкләнәсәк: File:%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taken: %1</source>
        <translation type="unfinished">Төшөрөлгән: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the picture shows</source>
        <translation type="unfinished">Һүрәттә нимә күрһәтелгән</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+37"/>
        <source>Send the file as it is</source>
        <translation type="unfinished">Файлды нисек бар, шулай ебәрергә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the location (GPS) from the uploaded copy</source>
        <translation type="unfinished">Йөкләнәсәк күсермәнән урынды (GPS) юйырға</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove all camera data from the uploaded copy</source>
        <translation type="unfinished">Йөкләнәсәк күсермәнән камераның бөтә мәғлүмәттәрен юйырға</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="+30"/>
        <source>The upload journal could not be written (%1). Nothing is lost: free some space on the disk or check the folder&apos;s permissions, then press Upload again.</source>
        <translation type="unfinished">Йөкләү журналын яҙып булманы (%1). Бер нәмә лә юғалманы: дискта урын бушатығыҙ йәки папкаға хоҡуҡтарҙы тикшерегеҙ, һуңынан «Йөкләргә» төймәһенә яңынан баҫығыҙ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The batch could not be opened.</source>
        <translation type="unfinished">Пакетты асып булманы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be saved. Check that the folder exists and that there is space on the disk.</source>
        <translation type="unfinished">Пакетты һаҡлап булманы. Папканың барлығын һәм дискта урын барлығын тикшерегеҙ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files could not be imported.</source>
        <translation type="unfinished">Файлдарҙы индереп булманы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be checked.</source>
        <translation type="unfinished">Пакетты тикшереп булманы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload stopped.</source>
        <translation type="unfinished">Йөкләү туҡтаны.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location line="-33"/>
        <source>title</source>
        <translation type="unfinished">атама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation type="unfinished">тасуирлама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption</source>
        <translation type="unfinished">аңлатма</translation>
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
        <translation type="unfinished">сығанаҡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licence</source>
        <translation type="unfinished">лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categories</source>
        <translation type="unfinished">категориялар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depicts</source>
        <translation type="unfinished">һүрәтләнгән</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation type="unfinished">урын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>templates</source>
        <translation type="unfinished">ҡалыптар</translation>
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
        <translation type="unfinished">Танылыу бара…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logged in as %1. Uploads will use this account.</source>
        <translation type="unfinished">%1 булып танылдығыҙ. Файлдар ошо иҫәп яҙмаһы менән йөкләнәсәк.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login failed: %1</source>
        <translation type="unfinished">Танылып булманы: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tools log in with a &lt;b&gt;bot password&lt;/b&gt;, not your main password: it can only do what you allow, and you can revoke it at any time.</source>
        <translation type="unfinished">Программалар төп серһүҙегеҙ менән түгел, ә &lt;b&gt;робот серһүҙе&lt;/b&gt; менән таныла: ул һеҙ рөхсәт иткәнде генә эшләй ала, һәм уны теләһә ҡасан ғәмәлдән сығарып була.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the wiki, open &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt;, make one named &lt;i&gt;glamuploader&lt;/i&gt; with the rights to edit, create pages and upload files, and enter here &lt;i&gt;YourName@glamuploader&lt;/i&gt; and the password the wiki shows you. &lt;a href=&quot;%2&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation type="unfinished">Викиҙа &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt; битен асығыҙ, биттәрҙе үҙгәртеү, яңы биттәр булдырыу һәм файлдар йөкләү хоҡуҡтары менән &lt;i&gt;glamuploader&lt;/i&gt; исемле робот серһүҙе булдырығыҙ, һуңынан бында &lt;i&gt;YourName@glamuploader&lt;/i&gt; исемен һәм вики күрһәткән серһүҙҙе яҙығыҙ. &lt;a href=&quot;%2&quot;&gt;Робот серһүҙҙәре нисек эшләй&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New batches will go to: %1</source>
        <translation type="unfinished">Яңы пакеттар йөкләнәсәк урын: %1</translation>
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
        <translation type="unfinished">Быларҙың барыһын да Үҙгәртеү ▸ Көйләүҙәр бүлегендә үҙгәртеп була, ә был ярҙамсы Белешмә менюһында. Ҡулланма (Белешмә ▸ Ҡулланма, F1) ғәҙәти эш тәртибен аҙымлап күрһәтә.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Welcome to GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader-ға рәхим итегеҙ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation type="unfinished">Рәхим итегеҙ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which wiki?</source>
        <translation type="unfinished">Ҡайһы вики?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your bot password</source>
        <translation type="unfinished">Робот серһүҙегеҙ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author and licence</source>
        <translation type="unfinished">Автор һәм лицензия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation type="unfinished">Әҙер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few questions, once. Each can be skipped with Next.</source>
        <translation type="unfinished">Бер нисә һорау, бер тапҡыр ғына. Һәр береһен «Алға» төймәһе менән үткәреп ебәреп була.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where new batches are uploaded.</source>
        <translation type="unfinished">Яңы пакеттар ҡайҙа йөкләнәсәк.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So that uploads can start without asking. You can skip this and log in when you upload.</source>
        <translation type="unfinished">Йөкләү һорауҙарһыҙ башланһын өсөн. Быны үткәреп ебәреп, йөкләгәндә танылырға ла мөмкин.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What new batches start with; each file can still have its own.</source>
        <translation type="unfinished">Яңы пакеттарҙың башланғыс ҡиммәттәре; һәр файлға барыбер үҙ ҡиммәтен биреп була.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can start.</source>
        <translation type="unfinished">Эште башларға мөмкин.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GLAM Uploader uploads photos and scans to Wikimedia Commons: many at once, with descriptions, categories and structured data, and shows every problem before anything is sent.</source>
        <translation type="unfinished">GLAM Uploader фотоларҙы һәм скандарҙы Викимилеккә (Wikimedia Commons) йөкләй: бер юлы күпләп, тасуирламалар, категориялар һәм структураланған мәғлүмәттәр менән, һәм бер нәмә лә ебәрелгәнсе һәр проблеманы күрһәтә.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language of the app</source>
        <translation type="unfinished">&amp;Программа теле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The real Commons: what you upload is public at once.</source>
        <translation type="unfinished">Ысын Викимилек: һеҙ йөкләгән бөтә нәмә шунда уҡ һәр кемгә күренә.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test copy of Commons, to try things out; it is emptied from time to time.</source>
        <translation type="unfinished">Викимилектең һынау күсермәһе, һынап ҡарау өсөн; ул ваҡыт-ваҡыт бушатыла.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A wiki on this computer, to try the app without an account (needs PHP and MediaWiki installed).</source>
        <translation type="unfinished">Ошо компьютерҙағы вики, программаны иҫәп яҙмаһыҙ һынап ҡарау өсөн (PHP һәм MediaWiki ҡуйылған булырға тейеш).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>YourName@glamuploader</source>
        <translation type="unfinished">YourName@glamuploader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">мәҫәлән, [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation type="unfinished">&amp;Ҡатнашыусы исеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;Серһүҙ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the password in the system keyring</source>
        <translation type="unfinished">Серһүҙҙе системаның асҡыстар &amp;һаҡлағысында һаҡларға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the login</source>
        <translation type="unfinished">Танылыуҙы &amp;тикшерергә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the sandbox wiki&apos;s &amp;test account</source>
        <translation type="unfinished">Һынау вики-сайтының һынау &amp;иҫәп яҙмаһын ҡулланырға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The author is how you want to be credited, e.g. [[User:Name|Name]]. The licence applies to your own photos; for museum scans choose per file.</source>
        <translation type="unfinished">Автор — һеҙҙең исемегеҙ нисек күрһәтелергә тейеш, мәҫәлән, [[User:Name|Name]]. Лицензия һеҙҙең үҙ фотоларығыҙға ҡағыла; музей скандары өсөн уны һәр файлға айырым һайлағыҙ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Author</source>
        <translation type="unfinished">А&amp;втор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Li&amp;cence</source>
        <translation type="unfinished">&amp;Лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose per batch</source>
        <translation type="unfinished">Һәр пакет өсөн айырым һайлана</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation type="unfinished">Үткәреп ебәрергә</translation>
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
        <translation type="unfinished">Файлдарҙы таблица итеп күрһәтергә: электрон таблицалағы кеүек, һәр мәғлүмәт төрөнә бер бағана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop photos or folders here, or use Import folder.

Then select files to describe them; the Problems panel below says what is still needed before upload.</source>
        <translation type="unfinished">Фотоларҙы йәки папкаларҙы бында ташлағыҙ йәки «Папка индерергә» командаһын ҡулланығыҙ.

Һуңынан тасуирлау өсөн файлдарҙы һайлағыҙ; аҫтағы «Проблемалар» панеле йөкләү алдынан тағы нимә кәрәклеген әйтә.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file matches the filter. Clear the filter to see all files.</source>
        <translation type="unfinished">Фильтрға бер файл да тап килмәй. Бөтә файлдарҙы күреү өсөн фильтрҙы таҙартығыҙ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by title, file name, description or category</source>
        <translation type="unfinished">Атама, файл исеме, тасуирлама йәки категория буйынса фильтрларға</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All files</source>
        <translation type="unfinished">Бөтә файлдар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picked</source>
        <translation type="unfinished">Һайлап алынғандар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not rejected</source>
        <translation type="unfinished">Кире ҡағылмағандар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked yet</source>
        <translation type="unfinished">Әлегә билдәләнмәгәндәр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With one star or more</source>
        <translation type="unfinished">Бер йәки күберәк йондоҙло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With three stars or more</source>
        <translation type="unfinished">Өс йәки күберәк йондоҙло</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sort by file name</source>
        <translation type="unfinished">Файл исеме буйынса тәртипкә һалырға</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by date taken</source>
        <translation type="unfinished">Төшөрөү датаһы буйынса тәртипкә һалырға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by title</source>
        <translation type="unfinished">Атама буйынса тәртипкә һалырға</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by picks and stars</source>
        <translation type="unfinished">Һайлап алыу һәм йондоҙҙар буйынса тәртипкә һалырға</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/guide.py" line="+41"/>
        <source>The common job</source>
        <translation type="unfinished">Ғәҙәти эш тәртибе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a folder of photos on the window, or use File ▸ Import folder. All the new files are selected.</source>
        <translation type="unfinished">Фотолар папкаһын тәҙрәгә ташлағыҙ йәки Файл ▸ Папка индерергә командаһын ҡулланығыҙ. Бөтә яңы файлдар һайланған булыр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With many files selected, what you type applies to all of them: choose the licence, type the author and a category (Enter adds it).</source>
        <translation type="unfinished">Бер нисә файл һайланғанда, һеҙ яҙған нәмә уларҙың барыһына ла ҡағыла: лицензияны һайлағыҙ, авторҙы һәм категорияны яҙығыҙ (Enter уны өҫтәй).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type one title for many files and they are numbered: &quot;Kazan walk 01&quot;, &quot;Kazan walk 02&quot;… Give a file its own description and caption where it needs one.</source>
        <translation type="unfinished">Бер нисә файлға бер атама яҙығыҙ — улар номерланасаҡ: «Ҡазан буйлап йөрөү 01», «Ҡазан буйлап йөрөү 02»… Кәрәк булғанда файлға уның үҙ тасуирламаһын һәм аңлатмаһын бирегеҙ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the Problems panel. Errors (red) must be fixed; warnings may be accepted.</source>
        <translation type="unfinished">«Проблемалар» панелен ҡарағыҙ. Хаталарҙы (ҡыҙыл) төҙәтергә кәрәк; иҫкәртеүҙәрҙе ҡабул итеп була.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Upload (%1), log in with your bot password, and watch the files go up. Each uploaded file links to its page on the wiki.</source>
        <translation type="unfinished">«Йөкләргә» төймәһенә баҫығыҙ (%1), робот серһүҙе менән танылығыҙ һәм файлдарҙың нисек йөкләнеүен күҙәтегеҙ. Йөкләнгән һәр файлдан уның викиҙағы битенә һылтанма бар.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session kits</source>
        <translation type="unfinished">Сессия йыйылмалары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session kit holds an event&apos;s defaults: licence, author, categories, depicts, the title pattern and the languages to offer. An organiser saves one with File ▸ Save defaults as kit and hands it to the volunteers, who open it with File ▸ Open session kit before they import.</source>
        <translation type="unfinished">Сессия йыйылмаһында сараның ғәҙәттәге ҡиммәттәре һаҡлана: лицензия, автор, категориялар, һүрәтләнгән нәмәләр, атама үрнәге һәм тәҡдим ителәсәк телдәр. Ойоштороусы уны Файл ▸ Ғәҙәттәге ҡиммәттәрҙе йыйылма итеп һаҡларға командаһы менән һаҡлай һәм волонтерҙарға тапшыра, ә улар файлдарҙы индереү алдынан уны Файл ▸ Сессия йыйылмаһын асырға командаһы менән аса.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File ▸ Batch defaults shows what every file of the batch starts with; a file&apos;s own value always wins.</source>
        <translation type="unfinished">Файл ▸ Пакеттың ғәҙәттәге ҡиммәттәре пакеттың һәр файлы ниндәй ҡиммәттәр менән башланғанын күрһәтә; файлдың үҙ ҡиммәте һәр ваҡыт өҫтөнлөк ала.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The table of problems</source>
        <translation type="unfinished">Проблемалар таблицаһы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything that would make an upload fail, or a reviewer on Commons complain, is listed before anything is sent: missing licence or author, titles the wiki refuses or that are taken, categories that do not exist, files that are already on the wiki, damaged images.</source>
        <translation type="unfinished">Йөкләүҙе уңышһыҙ итәсәк йәки Викимилектәге тикшереүсенең ризаһыҙлығын тыуҙырасаҡ бөтә нәмә бер нәмә лә ебәрелгәнсе күрһәтелә: лицензия йәки автор күрһәтелмәү, вики ҡабул итмәгән йәки инде алынған атамалар, булмаған категориялар, викиҙа инде булған файлдар, боҙолған рәсемдәр.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A problem shared by many files is one row; open it to see them. Double-click a row to go to the file and the field to mend. Upload stays off while errors remain.</source>
        <translation type="unfinished">Күп файлдарға уртаҡ проблема бер рәт булып күрһәтелә; ул файлдарҙы күреү өсөн уны асығыҙ. Файлға һәм төҙәтәһе юлға күсеү өсөн рәткә ике тапҡыр баҫығыҙ. Хаталар ҡалғанда «Йөкләргә» эшләмәй.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choosing the best photos</source>
        <translation type="unfinished">Иң яҡшы фотоларҙы һайлап алыу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space shows the selected photo filling the window; the arrows go on and back, Esc comes back. Z shows it at 100 % where the pointer is; drag it, or hold Shift and press the arrows, to look around.</source>
        <translation type="unfinished">Space һайланған фотоны бөтә тәҙрә буйынса күрһәтә; уҡ төймәләре алға һәм артҡа күсерә, Esc кире ҡайтара. Z фотоны курсор торған урында 100 % дәүмәлдә күрһәтә; тирә-яҡты ҡарау өсөн уны сысҡан менән тартып күсерегеҙ йәки Shift төймәһен баҫып тотоп, уҡ төймәләренә баҫығыҙ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P picks, X rejects (a rejected photo is never checked nor uploaded), U unmarks, 0 to 5 give stars, and the next photo follows (Edit ▸ Go to the next photo after marking one). The list above the grid shows only the picks, what is not rejected, or the photos with stars.</source>
        <translation type="unfinished">P һайлап ала, X кире ҡаға (кире ҡағылған фото бер ҡасан да тикшерелмәй һәм йөкләнмәй), U билдәне ала, 0-дән 5-кә тиклем төймәләр йондоҙ ҡуя, һуңынан киләһе фото күрһәтелә (Үҙгәртеү ▸ Билдә ҡуйғас, киләһе фотоға күсергә). Миниатюралар өҫтөндәге исемлек һайлап алынғандарҙы, кире ҡағылмағандарҙы йәки йондоҙло фотоларҙы ғына күрһәтә.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C compares two to four selected photos side by side, zoomed and moved together. Click the best one and press K: it is picked and the others are rejected.</source>
        <translation type="unfinished">C һайланған икенән дүрткә тиклем фотоны йәнәш ҡуйып сағыштыра: улар бергә ҙурайтыла һәм күсерелә. Иң яҡшыһын сысҡан менән һайлағыҙ ҙа K төймәһенә баҫығыҙ: ул һайлап алына, ә ҡалғандары кире ҡағыла.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit ▸ Stack similar photos shows each burst or near-copy as one photo with a count; Space on it compares them. Edit ▸ Keep the best of each stack picks the one with most stars in every stack and rejects the rest.</source>
        <translation type="unfinished">Үҙгәртеү ▸ Оҡшаш фотоларҙы өйөргә командаһы рәттән төшөрөлгән һәр серияны йәки бер-береһенә бик оҡшаш фотоларҙы һаны күрһәтелгән бер фото итеп күрһәтә; уның өҫтөндә Space уларҙы сағыштыра. Үҙгәртеү ▸ Һәр өйөмдән иң яҡшыһын ҡалдырырға командаһы һәр өйөмдә иң күп йондоҙло фотоны һайлап ала һәм ҡалғандарын кире ҡаға.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[ and ] turn a photo a quarter. Only the copy sent is turned, by its orientation tag: your file is not changed and no pixel is compressed again (JPEG photos only).</source>
        <translation type="unfinished">[ һәм ] фотоны 90° әйләндерә. Ебәрелә торған күсермә генә, йүнәлеш билдәһе аша, әйләндерелә: һеҙҙең файл үҙгәрмәй һәм бер пиксель дә яңынан ҡыҫылмай (JPEG фотолар өсөн генә).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S selects the whole scene: the photos taken without a gap of 20 minutes or a walk of 300 m between them. What you then write in the editor goes to all of them.</source>
        <translation type="unfinished">S бөтә сәхнәне һайлай: араларында 20 минутлыҡ өҙөклөк йәки 300 м юл булмаған фотоларҙы. Һуңынан мөхәррирҙә яҙған нәмәгеҙ уларҙың барыһына ла ҡағыла.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Museum spreadsheets</source>
        <translation type="unfinished">Музей таблицалары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File ▸ Fill in from a museum spreadsheet reads CSV, XLSX, ODS and Pattypan&apos;s .xls. Its columns are matched to the fields (you can change the match), each row to a file by name or accession number. Rows without a file and files without a row are named; nothing is dropped.</source>
        <translation type="unfinished">Файл ▸ Музей таблицаһынан тултырырға CSV, XLSX, ODS һәм Pattypan .xls файлдарын уҡый. Таблица бағаналары юлдарға тап килтерелә (быны үҙгәртеп була), ә һәр рәт файлға — исеме йәки инвентарь номеры буйынса. Файлы булмаған рәттәр һәм рәте булмаған файлдар күрһәтелә; бер нәмә лә төшөп ҡалмай.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After a crash or a lost connection</source>
        <translation type="unfinished">Программа көтмәгәндә ябылһа йәки тоташыу өҙөлһә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your batch is saved as you work. Open the app again: it reopens the batch.</source>
        <translation type="unfinished">Пакетығыҙ эш барышында һаҡлана. Программаны яңынан асығыҙ: ул пакетты яңынан аса.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload journal knows which files reached the wiki. Press Upload again and it goes on with the rest; no file is sent twice. Pause stops after the file that is going up.</source>
        <translation type="unfinished">Йөкләү журналы ҡайһы файлдарҙың викиға барып еткәнен белә. «Йөкләргә» төймәһенә яңынан баҫығыҙ — ҡалғандары дауам итеп йөкләнәсәк; бер файл да ике тапҡыр ебәрелмәй. «Туҡтатып торорға» хәҙер ебәрелгән файлдан һуң туҡтата.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation type="unfinished">Клавиатура төймәләре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: upload</source>
        <translation type="unfinished">%1: йөкләү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2: undo / redo</source>
        <translation type="unfinished">%1 / %2: кире ҡайтарыу / ҡабатлау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: import files; %2: import a folder</source>
        <translation type="unfinished">%1: файлдар индереү; %2: папка индереү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this guide</source>
        <translation type="unfinished">%1: ошо ҡулланма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the grid and the table: P pick, X reject (never uploaded), U unmark, 0 to 5 stars; the next photo is selected after each.</source>
        <translation type="unfinished">Миниатюраларҙа һәм таблицала: P — һайлап алыу, X — кире ҡағыу (ундай файл бер ҡасан да йөкләнмәйәсәк), U — билдәне алыу, 0-дән 5-кә тиклем — йондоҙҙар; һәр төймәгә баҫҡандан һуң сираттағы фото һайлана.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GLAM Uploader guide</source>
        <translation type="unfinished">GLAM Uploader ҡулланмаһы</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/kitdialog.py" line="+23"/>
        <source>Batch defaults</source>
        <translation type="unfinished">Пакеттың ғәҙәттәге ҡиммәттәре</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These values apply to every file that does not have its own. Save them as a session kit to hand them to other volunteers.</source>
        <translation type="unfinished">Был ҡиммәттәр үҙ ҡиммәте булмаған һәр файлға ҡағыла. Уларҙы башҡа волонтерҙарға тапшырыу өсөн сессия йыйылмаһы итеп һаҡлағыҙ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">мәҫәлән, [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty for your own work</source>
        <translation type="unfinished">Үҙ эшегеҙ булһа, буш ҡалдырығыҙ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields: {title}, {date}, {n:03} (a number), {original} (the file name), {description:en}, and the kit&apos;s own fields such as {institution}</source>
        <translation type="unfinished">Юлдар: {title}, {date}, {n:03} (һан), {original} (файл исеме), {description:en} һәм йыйылманың үҙ юлдары, мәҫәлән, {institution}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One category a line</source>
        <translation type="unfinished">Һәр юлға бер категория</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One template a line, e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation type="unfinished">Һәр юлға бер ҡалып, мәҫәлән, {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the category “%1”</source>
        <translation type="unfinished">«%1» категорияһын өҫтәргә</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the event or partnership</source>
        <translation type="unfinished">Сараның йәки хеҙмәттәшлектең исеме</translation>
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
        <translation type="unfinished">Сығанаҡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title pattern</source>
        <translation type="unfinished">Атама үрнәге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description template</source>
        <translation type="unfinished">Тасуирлама ҡалыбы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories for every file</source>
        <translation type="unfinished">Һәр файл өсөн категориялар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates for every file</source>
        <translation type="unfinished">Һәр файл өсөн ҡалыптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy for every file</source>
        <translation type="unfinished">Һәр файл өсөн сер һаҡлау</translation>
    </message>
</context>
<context>
    <name>Kits</name>
    <message>
        <location filename="../src/glamuploader/ui/kits.py" line="+12"/>
        <source>Open session kit</source>
        <translation type="unfinished">Сессия йыйылмаһын асырға</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Session kits (*.kit.yaml)</source>
        <translation type="unfinished">Сессия йыйылмалары (*.kit.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save defaults as session kit</source>
        <translation type="unfinished">Ғәҙәттәге ҡиммәттәрҙе сессия йыйылмаһы итеп һаҡларға</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="+91"/>
        <source>Add language</source>
        <translation type="unfinished">Тел өҫтәргә</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <location filename="../src/glamuploader/ui/licensetexts.py" line="+12"/>
        <source>CC0 — no rights reserved</source>
        <translation type="unfinished">CC0 — бер ниндәй хоҡуҡ һаҡланмай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 4.0 — attribution</source>
        <translation type="unfinished">CC BY 4.0 — авторҙы күрһәтеп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 4.0 — attribution, share alike</source>
        <translation type="unfinished">CC BY-SA 4.0 — авторҙы күрһәтеп, шул уҡ шарттарҙа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 3.0 — attribution, share alike (older version)</source>
        <translation type="unfinished">CC BY-SA 3.0 — авторҙы күрһәтеп, шул уҡ шарттарҙа (иҫкерәк өлгө)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 3.0 — attribution (older version)</source>
        <translation type="unfinished">CC BY 3.0 — авторҙы күрһәтеп (иҫкерәк өлгө)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 70 years ago</source>
        <translation type="unfinished">Дөйөм милек — автор 70 йылдан күберәк элек вафат булған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 100 years ago</source>
        <translation type="unfinished">Дөйөм милек — автор 100 йылдан күберәк элек вафат булған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — photo of an old 2D artwork</source>
        <translation type="unfinished">Дөйөм милек — иҫке яҫы сәнғәт әҫәренең фотоһы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain in the USA — copyright expired</source>
        <translation type="unfinished">АҠШ-та дөйөм милек — авторлыҡ хоҡуғы срогы үткән</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — work of the US federal government</source>
        <translation type="unfinished">Дөйөм милек — АҠШ федераль хөкүмәте әҫәре</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anyone may use the file for anything, without even naming you. Only for your own work.</source>
        <translation type="unfinished">Һәр кем файлды теләһә ниндәй маҡсатта, хатта һеҙҙең исемде күрһәтмәйенсә лә ҡуллана ала. Үҙ эшегеҙ өсөн генә.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone may use and change the file, also commercially, if they name the author.</source>
        <translation type="unfinished">Һәр кем файлды ҡуллана һәм үҙгәртә ала, шул иҫәптән коммерция маҡсатында ла, әгәр авторҙы күрһәтһә.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone may use and change the file, also commercially, if they name the author and share changed versions under the same licence. The usual choice on Commons.</source>
        <translation type="unfinished">Һәр кем файлды ҡуллана һәм үҙгәртә ала, шул иҫәптән коммерция маҡсатында ла, әгәр авторҙы күрһәтһә һәм үҙгәртелгән өлгөләрҙе шул уҡ лицензия менән таратһа. Викимилектә иң йыш һайланған лицензия.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As CC BY-SA 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation type="unfinished">CC BY-SA 4.0 кеүек; сығанаҡ файлды 3.0 өлгөһө буйынса сығарған осраҡта ғына һайлағыҙ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As CC BY 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation type="unfinished">CC BY 4.0 кеүек; сығанаҡ файлды 3.0 өлгөһө буйынса сығарған осраҡта ғына һайлағыҙ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 70 years ago. Give the author and the date of the work.</source>
        <translation type="unfinished">Авторы 70 йылдан күберәк элек вафат булған әҫәрҙәр өсөн. Авторҙы һәм әҫәрҙең датаһын күрһәтегеҙ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 100 years ago; safe in almost every country.</source>
        <translation type="unfinished">Авторы 100 йылдан күберәк элек вафат булған әҫәрҙәр өсөн; был бөтә илдәрҙә тиерлек хәүефһеҙ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For faithful photos or scans of flat artworks (paintings, drawings, documents) whose author died more than 70 years ago.</source>
        <translation type="unfinished">Авторы 70 йылдан күберәк элек вафат булған яҫы сәнғәт әҫәрҙәренең (картиналар, рәсемдәр, документтар) теүәл фотолары йәки скандары өсөн.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For works published in the USA long enough ago that copyright has expired there.</source>
        <translation type="unfinished">АҠШ-та шул тиклем элек баҫылған, унда авторлыҡ хоҡуғы срогы үткән әҫәрҙәр өсөн.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works made by US federal government employees in their duties.</source>
        <translation type="unfinished">АҠШ федераль хөкүмәте хеҙмәткәрҙәре вазифаларын үтәгәндә яһаған әҫәрҙәр өсөн.</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/listfield.py" line="+78"/>
        <source>Add to selected</source>
        <translation type="unfinished">Һайланғандарға өҫтәргә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished">Юйырға</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — batch default, on every file</source>
        <translation type="unfinished">%1 — пакеттың ғәҙәттәге ҡиммәте, һәр файлда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set in File ▸ Batch defaults; every file of the batch gets it. Remove it there if it does not fit every photo.</source>
        <translation type="unfinished">«Файл ▸ Пакеттың ғәҙәттәге ҡиммәттәре» эсендә ҡуйылған; пакеттың һәр файлы уны ала. Ул һәр фотоға ла тап килмәһә, уны шунда юйығыҙ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 of %3 files</source>
        <translation type="unfinished">%1 — %3 файлдан %2 файлда</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only some of the selected files have this. Add it again to give it to all of them.</source>
        <translation type="unfinished">Был һайланған файлдарҙың ҡайһы берҙәрендә генә бар. Барыһына ла биреү өсөн уны яңынан өҫтәгеҙ.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+33"/>
        <source>Enter your user name and bot password.</source>
        <translation type="unfinished">Ҡатнашыусы исемегеҙҙе һәм робот серһүҙен яҙығыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki has no such account. Check the user name (for a bot password: YourName@Suffix).</source>
        <translation type="unfinished">Викиҙа бындай иҫәп яҙмаһы юҡ. Ҡатнашыусы исемен тикшерегеҙ (робот серһүҙе өсөн: YourName@Suffix).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The wiki refused the password. Use the password Special:BotPasswords showed, with YourName@Suffix.</source>
        <translation type="unfinished">Вики серһүҙҙе кире ҡаҡты. Special:BotPasswords күрһәткән серһүҙҙе YourName@Suffix менән бергә ҡулланығыҙ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many login attempts. Wait a few minutes and try again.</source>
        <translation type="unfinished">Танылыу ынтылыштары бик күп. Бер нисә минут көтөгөҙ һәм яңынан ҡабатлап ҡарағыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not be reached. Check your connection.</source>
        <translation type="unfinished">Викиға тоташып булманы. Селтәргә тоташыуығыҙҙы тикшерегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the login.</source>
        <translation type="unfinished">Вики танылыуҙы кире ҡаҡты.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/logindialog.py" line="+13"/>
        <source>Log in to %1</source>
        <translation type="unfinished">%1 сайтында танылыу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in with a &lt;b&gt;bot password&lt;/b&gt;: on the wiki, open Special:BotPasswords, make one (e.g. named &lt;i&gt;glamuploader&lt;/i&gt;, with the rights to edit, create pages and upload files) and log in here as &lt;i&gt;YourName@glamuploader&lt;/i&gt;. &lt;a href=&quot;%1&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation type="unfinished">&lt;b&gt;Робот серһүҙе&lt;/b&gt; менән танылығыҙ: викиҙа Special:BotPasswords битен асығыҙ, серһүҙ булдырығыҙ (мәҫәлән, &lt;i&gt;glamuploader&lt;/i&gt; исеме менән, биттәрҙе үҙгәртеү, булдырыу һәм файлдар йөкләү хоҡуҡтары менән) һәм бында &lt;i&gt;YourName@glamuploader&lt;/i&gt; булып танылығыҙ. &lt;a href=&quot;%1&quot;&gt;Робот серһүҙҙәре нисек эшләй&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>YourName@glamuploader</source>
        <translation type="unfinished">YourName@glamuploader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the password in the system keyring</source>
        <translation type="unfinished">Серһүҙҙе системаның асҡыстар һаҡлағысында һаҡларға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation type="unfinished">Ҡатнашыусы исеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation type="unfinished">Серһүҙ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the sandbox wiki&apos;s test account</source>
        <translation type="unfinished">Һынау вики-сайтының һынау иҫәп яҙмаһын ҡулланырға</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in</source>
        <translation type="unfinished">Танылырға</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+190"/>
        <source>Upload to:</source>
        <translation type="unfinished">Ҡайҙа йөкләргә:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki this batch goes to. Changing it can be undone.</source>
        <translation type="unfinished">Был пакет йөкләнәсәк вики. Уны үҙгәртеүҙе кире ҡайтарып була.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upload to %1</source>
        <translation type="unfinished">%1 сайтына йөкләү</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Edit %1</source>
        <translation type="unfinished">Үҙгәртеү: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Import &amp;files…</source>
        <translation type="unfinished">&amp;Файлдар индерергә…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import fo&amp;lder…</source>
        <translation type="unfinished">&amp;Папка индерергә…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in from a &amp;museum spreadsheet…</source>
        <translation type="unfinished">&amp;Музей таблицаһынан тултырырға…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open batch…</source>
        <translation type="unfinished">Пакетты &amp;асырға…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save batch &amp;as…</source>
        <translation type="unfinished">Пакетты яңы файл итеп &amp;һаҡларға…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open session &amp;kit…</source>
        <translation type="unfinished">Сессия &amp;йыйылмаһын асырға…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save defaults as kit…</source>
        <translation type="unfinished">Ғәҙәттәге ҡиммәттәрҙе йыйылма итеп һаҡларға…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch &amp;defaults…</source>
        <translation type="unfinished">Пакеттың &amp;ғәҙәттәге ҡиммәттәре…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move from batch</source>
        <translation type="unfinished">Пакеттан &amp;сығарырға</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Upload…</source>
        <translation type="unfinished">&amp;Йөкләргә…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished">&amp;Көйләүҙәр…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Сығырға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New batch</source>
        <translation type="unfinished">&amp;Яңы пакет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;About GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader &amp;тураһында</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation type="unfinished">&amp;Ҡулланма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First-run assistant…</source>
        <translation type="unfinished">&amp;Беренсе эшләтеп ебәреү ярҙамсыһы…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">Кире &amp;ҡайтарырға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">Ҡа&amp;батларға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Үҙгәртеү</translation>
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
        <translation type="unfinished">Төп ҡоралдар панеле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Кире алырға</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation type="unfinished">Проблемалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation type="unfinished">Ҡарап сығыу</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Will be uploaded as: File:%1</source>
        <translation type="unfinished">Былай йөкләнәсәк: File:%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2. Target: %3</source>
        <comment>files, errors, wiki</comment>
        <translation type="unfinished">%1, %2. Маҡсат: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform>%n файл</numerusform>
            <numerusform>%n файл</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform>%n хата</numerusform>
            <numerusform>%n хата</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: suggestions come from earlier searches</source>
        <translation type="unfinished">Селтәрҙән тыш: тәҡдимдәр элекке эҙләүҙәрҙән алына</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki or Wikidata cannot be reached. Categories and items you choose now are checked again when back online.</source>
        <translation type="unfinished">Викиға йәки Викимәғлүмәткә тоташып булмай. Хәҙер һайланған категориялар һәм элементтар селтәргә ҡабат тоташҡас яңынан тикшереләсәк.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation type="unfinished">Селтәрҙә</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New batch</source>
        <translation type="unfinished">Яңы пакет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (read-only)</source>
        <translation type="unfinished">%1 (уҡыу өсөн генә)</translation>
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
        <translation type="unfinished">%1 нәҡ хәҙер башҡа программа тарафынан асыла. Бер аҙҙан яңынан ҡабатлап ҡарағыҙ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another copy of GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader-ҙың башҡа нөсхәһе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a glamuploader command</source>
        <translation type="unfinished">glamuploader командаһы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is open in %2 (process %3 of %4 on %5, since %6). Only one may change it at a time. Open it read-only, to look without saving?</source>
        <translation type="unfinished">%1 асыҡ, уны асҡан: %2 (%5 компьютерында %4 ҡулланыусыһының %3 процесы, %6 ваҡыттан бирле). Уны бер үк ваҡытта бары берәү генә үҙгәртә ала. Һаҡламайынса ҡарау өсөн, уны уҡыу өсөн генә асырғамы?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open read-only</source>
        <translation type="unfinished">Уҡыу өсөн генә асырға</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The batch file was damaged (%1). Its last good copy was opened instead; the damaged file is kept as %2.</source>
        <translation type="unfinished">Пакет файлы боҙолған ине (%1). Уның урынына һуңғы төҙөк күсермәһе асылды; боҙолған файл %2 булып һаҡланды.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n file(s) that are not photos or other media were left out: %1</source>
        <translation type="unfinished">
            <numerusform>Фото йәки башҡа медиа булмаған %n файл төшөрөп ҡалдырылды: %1</numerusform>
            <numerusform>Фото йәки башҡа медиа булмаған %n файл төшөрөп ҡалдырылды: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n file(s) imported.</source>
        <translation type="unfinished">
            <numerusform>%n файл индерелде.</numerusform>
            <numerusform>%n файл индерелде.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader тураһында</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="+23"/>
        <source>A better version of %1</source>
        <translation type="unfinished">%1 файлының яҡшыртылған өлгөһө</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+17"/>
        <source>New version of %1</source>
        <translation type="unfinished">%1 файлының яңы өлгөһө</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="-10"/>
        <source>Import files</source>
        <translation type="unfinished">Файлдар индереү</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a folder</source>
        <translation type="unfinished">Папка индереү</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open batch</source>
        <translation type="unfinished">Пакетты асыу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>GLAM Uploader batches (*.glam.yaml)</source>
        <translation type="unfinished">GLAM Uploader пакеттары (*.glam.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save batch as</source>
        <translation type="unfinished">Пакетты яңы файл итеп һаҡлау</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+24"/>
        <source>%n cell(s) changed.</source>
        <translation type="unfinished">
            <numerusform>%n күҙәнәк үҙгәртелде.</numerusform>
            <numerusform>%n күҙәнәк үҙгәртелде.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change batch defaults</source>
        <translation type="unfinished">Пакеттың ғәҙәттәге ҡиммәттәрен үҙгәртеү</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Remove %n file(s)</source>
        <translation type="unfinished">
            <numerusform>%n файлды сығарырға</numerusform>
            <numerusform>%n файлды сығарырға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove %n file(s) from the batch?</source>
        <translation type="unfinished">
            <numerusform>%n файл пакеттан сығарылһынмы?</numerusform>
            <numerusform>%n файл пакеттан сығарылһынмы?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them are uploaded: the batch would no longer list their pages.</source>
        <translation type="unfinished">
            <numerusform>Уларҙың %n файлы йөкләнгән инде: пакет уларҙың биттәрен башҡа күрһәтмәйәсәк.</numerusform>
            <numerusform>Уларҙың %n файлы йөкләнгән инде: пакет уларҙың биттәрен башҡа күрһәтмәйәсәк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them have titles, descriptions or other values you gave.</source>
        <translation type="unfinished">
            <numerusform>Уларҙың %n файлында һеҙ биргән атамалар, тасуирламалар йәки башҡа ҡиммәттәр бар.</numerusform>
            <numerusform>Уларҙың %n файлында һеҙ биргән атамалар, тасуирламалар йәки башҡа ҡиммәттәр бар.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files on disk are not touched, and Undo puts them back.</source>
        <translation type="unfinished">Дисктағы файлдар үҙгәрмәй, ә «Кире ҡайтарырға» уларҙы кире ҡайтара.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation type="unfinished">Сығарырға</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/mappingdialog.py" line="+22"/>
        <source>Columns of %1</source>
        <translation type="unfinished">%1 бағаналары</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s).</source>
        <translation type="unfinished">
            <numerusform>%n рәт.</numerusform>
            <numerusform>%n рәт.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as %1, columns separated by “%2”.</source>
        <translation type="unfinished">%1 кодлауында уҡылды, бағаналар «%2» менән айырылған.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what each column is; a column left as “not used” is not read.</source>
        <translation type="unfinished">Һәр бағанала нимә икәнен һайлағыҙ; «ҡулланылмай» тип ҡалдырылған бағана уҡылмай.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not used</source>
        <translation type="unfinished">ҡулланылмай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file (name or path)</source>
        <translation type="unfinished">файл (исеме йәки юлы)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>extra template parameter “%1”</source>
        <translation type="unfinished">өҫтәмә ҡалып параметры «%1»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>their order: the first row is the first file</source>
        <translation type="unfinished">тәртибе буйынса: беренсе рәт — беренсе файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Match rows to files by</source>
        <translation type="unfinished">Рәттәрҙе файлдарға нимә буйынса тап килтерергә</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the files</source>
        <translation type="unfinished">Файлдарҙы тултырырға</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/glamuploader/messages.py" line="+20"/>
        <source>The file is not there any more. Put it back, or remove it from the batch.</source>
        <translation type="unfinished">Файл был урында юҡ инде. Уны кире ҡуйығыҙ йәки пакеттан сығарығыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}). Check that it is not open elsewhere and that you may read it.</source>
        <translation type="unfinished">Файлды уҡып булмай ({reason}). Уның башҡа урында асыҡ түгеллеген һәм һеҙҙең уны уҡырға хоҡуғығыҙ барлығын тикшерегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty (0 bytes). Copy it again from the camera or the source.</source>
        <translation type="unfinished">Файл буш (0 байт). Уны камеранан йәки сығанаҡтан яңынан күсерегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a kind of file Commons accepts (its content is not an image, sound, video or document we recognise).</source>
        <translation type="unfinished">Викимилек бындай төрҙәге файлды ҡабул итмәй (уның эстәлеге беҙ таныған һүрәт, тауыш, видео йәки документ түгел).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file seems cut short: the end of the image is missing. Copy it again from the source if you can.</source>
        <translation type="unfinished">Файл ҡырҡылған кеүек: һүрәттең аҙағы юҡ. Мөмкин булһа, уны сығанаҡтан яңынан күсерегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged and cannot be opened as an image ({reason}). Copy it again from the source.</source>
        <translation type="unfinished">Файл боҙолған һәм уны һүрәт итеп асып булмай ({reason}). Уны сығанаҡтан яңынан күсерегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image says it is {width} × {height} pixels, more than {limit} pixels: it may be a decompression bomb. It was not opened.</source>
        <translation type="unfinished">Һүрәт үҙенең ҙурлығын {width} × {height} пиксель тип күрһәтә, был {limit} пикселдән күберәк: был «декомпрессия бомбаһы» булыуы мөмкин. Ул асылманы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name ends in .{extension} but the file is really {detected}. It will be uploaded as .{detected}.</source>
        <translation type="unfinished">Файл исеме .{extension} менән тамамлана, әммә файл ысынлыҡта {detected}. Ул .{detected} булып йөкләнәсәк.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data (EXIF) in this file cannot be read ({reason}); the date and location must be entered by hand.</source>
        <translation type="unfinished">Был файлдағы камера мәғлүмәттәрен (EXIF) уҡып булмай ({reason}); датаны һәм урынды ҡулдан индерергә кәрәк.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data field {tag} holds an impossible value ({value}); it was ignored.</source>
        <translation type="unfinished">Камера мәғлүмәттәренең {tag} юлында мөмкин булмаған ҡиммәт бар ({value}); ул иҫәпкә алынманы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name contains invisible control or text-direction characters; they are left out of the title.</source>
        <translation type="unfinished">Файл исемендә күренмәгән идара итеү йәки текст йүнәлеше символдары бар; улар атамаға индерелмәй.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file says only when it was last changed ({modified}), not when the photo was taken. Give the date, or leave it empty.</source>
        <translation type="unfinished">Файлда уның һуңғы тапҡыр ҡасан үҙгәртелгәне генә күрһәтелгән ({modified}), фото ҡасан төшөрөлгәне түгел. Датаны күрһәтегеҙ йәки буш ҡалдырығыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no title. Give it a title that says what the picture shows.</source>
        <translation type="unfinished">Файлдың атамаһы юҡ. Уға һүрәттә нимә күрһәтелгәнен әйткән атама бирегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is {bytes} bytes long; Commons allows {limit}. Shorten it (letters outside Latin take 2-4 bytes each).</source>
        <translation type="unfinished">Атаманың оҙонлоғо {bytes} байт; Викимилек {limit} байтҡа тиклем рөхсәт итә. Уны ҡыҫҡартығыҙ (латин булмаған һәр хәреф 2–4 байт алып тора).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short ({length} characters; at least {minimum}). Say what the picture shows.</source>
        <translation type="unfinished">Атама бик ҡыҫҡа ({length} символ; кәмендә {minimum}). Һүрәттә нимә күрһәтелгәнен әйтегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains characters that cannot be in a file name: {chars}. Remove or replace them.</source>
        <translation type="unfinished">Атамала файл исемендә булырға ярамаған символдар бар: {chars}. Уларҙы юйығыҙ йәки алмаштырығыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains invisible characters ({chars}). Retype the title.</source>
        <translation type="unfinished">Атамала күренмәгән символдар бар ({chars}). Атаманы яңынан яҙығыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” looks like a name a camera gives; Commons refuses those. Give a title that says what the picture shows.</source>
        <translation type="unfinished">«{title}» камера биргән исемгә оҡшаған; Викимилек бындайҙарҙы ҡабул итмәй. Һүрәттә нимә күрһәтелгәнен әйткән атама бирегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is not in the normal Unicode form; it will be normalised.</source>
        <translation type="unfinished">Атама Unicode-тың нормаль формаһында түгел; ул нормалләштереләсәк.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title ends in .{extension} but the file is .{expected}.</source>
        <translation type="unfinished">Атама .{extension} менән тамамлана, әммә файл .{expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another file of this batch has the same title ({other}). Make the titles different, e.g. with {{n}} in the title pattern.</source>
        <translation type="unfinished">Был пакеттағы башҡа файлдың да атамаһы шундай уҡ ({other}). Атамаларҙы төрлө итегеҙ, мәҫәлән, атама үрнәгенә {{n}} өҫтәп.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern uses {{{field}}}, which is not a known field.</source>
        <translation type="unfinished">Атама үрнәгендә {{{field}}} ҡулланыла, әммә бындай юл билдәле түгел.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern “{pattern}” cannot be used: check its braces {{ }} and field names.</source>
        <translation type="unfinished">«{pattern}» атама үрнәген ҡулланып булмай: уның {{ }} йәйәләрен һәм юл исемдәрен тикшерегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is the same as {other} in this batch (same content). Remove one of them.</source>
        <translation type="unfinished">Был файл пакеттағы {other} менән бер үк (эстәлеге бер үк). Уларҙың береһен пакеттан сығарығыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title ({reason}). Choose a more descriptive title.</source>
        <translation type="unfinished">Вики был атаманы рөхсәт итмәй ({reason}). Эстәлекте яҡшыраҡ асып биргән атама һайлағыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different file with this title is already on the wiki: {url}. Choose another title.</source>
        <translation type="unfinished">Викиҙа был атамалы башҡа файл бар инде: {url}. Башҡа атама һайлағыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No licence is chosen. Choose the licence the author gave.</source>
        <translation type="unfinished">Лицензия һайланмаған. Автор биргән лицензияны һайлағыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence “{license}” is not one this app knows. Choose one from the list.</source>
        <translation type="unfinished">«{license}» лицензияһы был программаға таныш түгел. Исемлектән береһен һайлағыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence {license} is only for your own work, but the source names someone else. Choose the licence the source gave.</source>
        <translation type="unfinished">{license} лицензияһы үҙ эшегеҙ өсөн генә, әммә сығанаҡта башҡа кеше күрһәтелгән. Сығанаҡ биргән лицензияны һайлағыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No author is given. Name the photographer or creator.</source>
        <translation type="unfinished">Автор күрһәтелмәгән. Фотографты йәки ижадсыны күрһәтегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No source is given. Say where the file comes from (a museum, a book, a web address).</source>
        <translation type="unfinished">Сығанаҡ күрһәтелмәгән. Файлдың ҡайҙан алынғанын күрһәтегеҙ (музей, китап, веб-адрес).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no description. Add one in at least one language.</source>
        <translation type="unfinished">Тасуирлама юҡ. Кәмендә бер телдә тасуирлама өҫтәгеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” is not a language code Commons knows.</source>
        <translation type="unfinished">«{language}» — Викимилек белгән тел коды түгел.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” cannot be a language code. Use a code like en, tr or ar.</source>
        <translation type="unfinished">«{language}» тел коды була алмай. en, ba йәки ru кеүек код ҡулланығыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a date. Write it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation type="unfinished">«{value}» — дата түгел. Уны YYYY-MM-DD, YYYY-MM йәки YYYY рәүешендә яҙығыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is in the future. Check the camera&apos;s clock.</source>
        <translation type="unfinished">{value} датаһы киләсәктә. Камераның сәғәтен тикшерегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no category. Add at least one so people can find it.</source>
        <translation type="unfinished">Файлдың категорияһы юҡ. Кешеләр уны таба алһын өсөн, кәмендә бер категория өҫтәгеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{category}” cannot be a category name.</source>
        <translation type="unfinished">«{category}» категория исеме була алмай.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a Wikidata item id (like Q42).</source>
        <translation type="unfinished">«{value}» — Викимәғлүмәт элементы идентификаторы түгел (Q42 кеүек).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location {latitude}, {longitude} is not on Earth&apos;s map. Check latitude (−90…90) and longitude (−180…180).</source>
        <translation type="unfinished">{latitude}, {longitude} урыны Ер картаһында юҡ. Киңлекте (−90…90) һәм оҙонлоҡто (−180…180) тикшерегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{template}” is not a single, complete template.</source>
        <translation type="unfinished">«{template}» — берҙән-бер, тулы ҡалып түгел.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” cannot be used for {field} in structured data. Give a Wikidata item id (like Q42), a web address starting with https://, or a user name, as the field asks.</source>
        <translation type="unfinished">«{value}» структураланған мәғлүмәттәрҙә {field} өсөн ҡулланыла алмай. Юл талап иткәнсә, Викимәғлүмәт элементы идентификаторын (Q42 кеүек), https:// менән башланған веб-адресты йәки ҡатнашыусы исемен күрһәтегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inventory number {value} is written to structured data only with the collection it belongs to. Add the collection&apos;s Wikidata item.</source>
        <translation type="unfinished">{value} инвентарь номеры структураланған мәғлүмәттәргә ул ҡараған коллекция менән бергә генә яҙыла. Коллекцияның Викимәғлүмәт элементын өҫтәгеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caption in {language} is {length} characters long; Commons allows {limit}. Shorten it: the description can say more.</source>
        <translation type="unfinished">{language} телендәге аңлатманың оҙонлоғо {length} символ; Викимилек {limit} символға тиклем рөхсәт итә. Уны ҡыҫҡартығыҙ: тасуирламала күберәк әйтеп була.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki as {title}: {url}. It will not be uploaded again.</source>
        <translation type="unfinished">Нәҡ ошо файл викиҙа {title} атамаһы менән бар инде: {url}. Ул яңынан йөкләнмәйәсәк.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept .{extension} files.</source>
        <translation type="unfinished">Вики .{extension} файлдарын ҡабул итмәй.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is {size} bytes; the wiki accepts at most {limit}.</source>
        <translation type="unfinished">Файл {size} байт; вики иң күбе {limit} байт ҡабул итә.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported. Import it again.</source>
        <translation type="unfinished">Файл индерелгәндән һуң дискта үҙгәргән. Уны яңынан индерегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported ({changed}). Its facts were read again and the new file will be sent; check that the title and description still fit.</source>
        <translation type="unfinished">Файл индерелгәндән һуң дискта үҙгәргән ({changed}). Уның мәғлүмәттәре яңынан уҡылды һәм яңы файл ебәреләсәк; атаманың һәм тасуирламаның һаман да тап килеүен тикшерегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not the name of a file on the wiki. Give the file to replace as File:Name.jpg, or clear the field to upload a new file.</source>
        <translation type="unfinished">«{value}» — викиҙағы файл исеме түгел. Алмаштырыласаҡ файлды File:Name.jpg рәүешендә күрһәтегеҙ йәки яңы файл йөкләү өсөн юлды бушатығыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file {title} on the wiki to replace. Check the name, or clear “new version of” to upload a new file.</source>
        <translation type="unfinished">Викиҙа алмаштырырға {title} файлы юҡ. Исемде тикшерегеҙ йәки яңы файл йөкләү өсөн «Ҡайһы файлдың яңы өлгөһө» юлын бушатығыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new version keeps the file type: {title} is .{expected}, this file is .{extension}. Upload it as a new file instead.</source>
        <translation type="unfinished">Яңы өлгө файл төрөн һаҡлай: {title} — .{expected}, ә был файл .{extension}. Уның урынына уны яңы файл итеп йөкләгеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is marked as a new version of {title}. Run upload with --new-versions to replace that file, or clear the mark.</source>
        <translation type="unfinished">Был файл {title} файлының яңы өлгөһө тип билдәләнгән. Ул файлды алмаштырыу өсөн upload (йөкләү) командаһын --new-versions менән эшләтегеҙ йәки билдәне алығыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a privacy choice. Use “location” (remove the place) or “camera” (remove all camera data), or leave it empty.</source>
        <translation type="unfinished">«{value}» — сер һаҡлау буйынса һайлау түгел. «location» (урынды юйыу) йәки «camera» (камераның бөтә мәғлүмәттәрен юйыу) ҡулланығыҙ йәки буш ҡалдырығыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location or camera data cannot be removed from a .{kind} file without changing its pixels ({detail}). Remove it with another program, or clear the privacy choice.</source>
        <translation type="unfinished">Урынды йәки камера мәғлүмәттәрен .{kind} файлынан уның пикселдәрен үҙгәртмәйенсә юйып булмай ({detail}). Уны башҡа программа менән юйығыҙ йәки сер һаҡлау буйынса һайлауҙы бушатығыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .{kind} file cannot be turned without changing its pixels: only JPEG photos are turned, by their orientation tag. Turn it in a photo editor and import it again, or set the turn back to none.</source>
        <translation type="unfinished">.{kind} файлын пикселдәрен үҙгәртмәйенсә әйләндереп булмай: йүнәлеш билдәһе аша JPEG фотолар ғына әйләндерелә. Уны фото мөхәррирендә әйләндерегеҙ һәм яңынан индерегеҙ йәки әйләндереүҙе алып ташлағыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo could not be turned: {reason}. Export it again from the camera or editor, or set the turn back to none.</source>
        <translation type="unfinished">Фотоны әйләндереп булманы: {reason}. Уны камеранан йәки мөхәррирҙән яңынан экспортлағыҙ йәки әйләндереүҙе алып ташлағыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged where its camera data is kept ({detail}), so no cleaned copy could be made. Export it again from the camera or editor.</source>
        <translation type="unfinished">Файлдың камера мәғлүмәттәре һаҡланған өлөшө боҙолған ({detail}), шуға таҙартылған күсермә яһап булманы. Уны камеранан йәки мөхәррирҙән яңынан экспортлағыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Did you mean “{suggestion}”?</source>
        <translation type="unfinished">Викиҙа «{category}» категорияһы юҡ. Бәлки, «{suggestion}» күҙ уңында тотолғандыр?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Check the spelling, choose an existing category, or create this one first.</source>
        <translation type="unfinished">Викиҙа «{category}» категорияһы юҡ. Яҙылышын тикшерегеҙ, булған категорияны һайлағыҙ йәки башта был категорияны булдырығыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category “{category}” was moved to “{target}”. Use “{target}” instead.</source>
        <translation type="unfinished">«{category}» категорияһы «{target}» исеменә күсерелгән. Уның урынына «{target}» ҡулланығыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} could not be confirmed as a Wikidata item (not found, or Wikidata could not be reached and it is not in the lookups cache). Check the Q-id.</source>
        <translation type="unfinished">{value} Викимәғлүмәт элементы булараҡ раҫланманы (табылманы, йәки Викимәғлүмәткә тоташып булманы һәм ул эҙләүҙәр кэшында юҡ). Q-идентификаторҙы тикшерегеҙ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file does not exist.</source>
        <translation type="unfinished">Файл юҡ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}).</source>
        <translation type="unfinished">Файлды уҡып булмай ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file is damaged or was changed by hand in a way the app cannot read ({reason}). Open its last good copy (the same name ending in .bak, beside it), or undo the hand edit in a text editor.</source>
        <translation type="unfinished">Пакет файлы боҙолған йәки программа уҡый алмаҫлыҡ итеп ҡулдан үҙгәртелгән ({reason}). Уның һуңғы төҙөк күсермәһен асығыҙ (янындағы шул уҡ исемле, .bak менән тамамланған файл) йәки текст мөхәррирендә ҡулдан индерелгән үҙгәрешті кире ҡайтарығыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file holds an instruction that could run a program ({reason}), so it was not read. If you did not put it there, use the last good copy (the same name ending in .bak).</source>
        <translation type="unfinished">Пакет файлында программа эшләтеп ебәрә алған күрһәтмә бар ({reason}), шуға ул уҡылманы. Уны унда һеҙ ҡуймаған булһағыҙ, һуңғы төҙөк күсермәне ҡулланығыҙ (шул уҡ исемле, .bak менән тамамланған файл).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses shorthand (&amp; and * marks) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation type="unfinished">Пакет файлында был программа уҡымаған ҡыҫҡартыуҙар (&amp; һәм * билдәләре) ҡулланылған. Текст мөхәррирендә һәр ҡиммәтте тулыһынса яҙығыҙ йәки һуңғы төҙөк күсермәне (.bak) ҡулланығыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses a shorthand merge (&lt;&lt;) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation type="unfinished">Пакет файлында был программа уҡымаған ҡыҫҡартылған берләштереү (&lt;&lt;) ҡулланылған. Текст мөхәррирендә һәр ҡиммәтте тулыһынса яҙығыҙ йәки һуңғы төҙөк күсермәне (.bak) ҡулланығыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large to be a batch ({size} bytes).</source>
        <translation type="unfinished">Файл пакет булыу өсөн бик ҙур ({size} байт).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value here is {size} bytes long; no field of a batch is longer than {limit}. Remove it in a text editor, or restore a copy.</source>
        <translation type="unfinished">Бында бер ҡиммәттең оҙонлоғо {size} байт; пакеттың бер юлы ла {limit} байттан оҙонораҡ булмай. Уны текст мөхәррирендә юйығыҙ йәки күсермәне тергеҙегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a {expected} file.</source>
        <translation type="unfinished">Был {expected} файлы түгел.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has format {format}; this version of the app reads format {supported}. Update the app.</source>
        <translation type="unfinished">Файлдың форматы {format}; программаның был өлгөһө {supported} форматын уҡый. Программаны яңыртығыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field “{field}” should be {expected}.</source>
        <translation type="unfinished">«{field}» юлы {expected} булырға тейеш.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet cannot be read ({reason}). Open it in your spreadsheet program and save it again as CSV, XLSX or ODS.</source>
        <translation type="unfinished">Таблицаны уҡып булмай ({reason}). Уны таблицалар программаһында асығыҙ һәм CSV, XLSX йәки ODS итеп яңынан һаҡлағыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet has no header row. Its first row should name the columns (for example “accession number”, “title”).</source>
        <translation type="unfinished">Таблицала баш рәт юҡ. Уның беренсе рәтендә бағаналарҙың исемдәре булырға тейеш (мәҫәлән, «инвентарь номеры», «атама»).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wiki has not yet given the number of the new file page, so its captions and statements could not be written now.</source>
        <extracomment>why one file was not uploaded, by ``UploadOutcome.error`` (see wiki/upload.py); the wiki&apos;s own words follow in brackets</extracomment>
        <translation type="unfinished">Вики яңы файл битенең номерын әлегә бирмәне, шуға уның аңлатмаларын һәм раҫлауҙарын хәҙер яҙып булманы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different file already has this title on the wiki. Choose another title.</source>
        <translation type="unfinished">Викиҙа был атама менән башҡа файл бар инде. Башҡа атама һайлағыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title. Choose a more descriptive title.</source>
        <translation type="unfinished">Вики был атаманы рөхсәт итмәй. Эстәлекте яҡшыраҡ асып биргән атама һайлағыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has characters a file name on the wiki cannot have. Change the title.</source>
        <translation type="unfinished">Атамала викиҙағы файл исемендә булырға ярамаған символдар бар. Атаманы үҙгәртегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short for the wiki. Give a longer, descriptive title.</source>
        <translation type="unfinished">Атама вики өсөн бик ҡыҫҡа. Оҙонораҡ, эстәлекте асып биргән атама бирегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too long for the wiki. Shorten it.</source>
        <translation type="unfinished">Атама вики өсөн бик оҙон. Уны ҡыҫҡартығыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has no file extension the wiki accepts for this file. Check the file type.</source>
        <translation type="unfinished">Атамала вики был файл өсөн ҡабул иткән файл киңәйтеүе юҡ. Файл төрөн тикшерегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept this type of file.</source>
        <translation type="unfinished">Вики бындай төрҙәге файлды ҡабул итмәй.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki discourages this type of file. Convert it to a preferred format.</source>
        <translation type="unfinished">Вики бындай төрҙәге файлды хупламай. Уны өҫтөнлөклө форматҡа үҙгәртегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki found the file&apos;s content does not match its type, or it is damaged.</source>
        <translation type="unfinished">Вики файлдың эстәлеге уның төрөнә тап килмәгәнен йәки файлдың боҙолғанын асыҡланы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is larger than the wiki accepts.</source>
        <translation type="unfinished">Файл вики ҡабул итә алғандан ҙурыраҡ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty. Check that it was copied completely.</source>
        <translation type="unfinished">Файл буш. Уның тулыһынса күсерелгәнен тикшерегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is no longer where it was imported from. Put it back, or remove it from the batch.</source>
        <translation type="unfinished">Файл индерелгән урында юҡ инде. Уны кире ҡуйығыҙ йәки пакеттан сығарығыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki.</source>
        <translation type="unfinished">Нәҡ ошо файл викиҙа бар инде.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file with this title was deleted from the wiki before. Check why before uploading again.</source>
        <translation type="unfinished">Был атамалы файл элек викиҙан юйылған. Яңынан йөкләр алдынан ни өсөн юйылғанын белешегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file was uploaded before and deleted. Check why before uploading again.</source>
        <translation type="unfinished">Нәҡ ошо файл элек йөкләнгән һәм юйылған. Яңынан йөкләр алдынан ни өсөн юйылғанын белешегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title starts like a camera file name. Give a descriptive title.</source>
        <translation type="unfinished">Атама камера биргән файл исеме кеүек башлана. Эстәлекте асып биргән атама бирегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki changed the title because it had characters a file name cannot have.</source>
        <translation type="unfinished">Вики атаманы үҙгәртте, сөнки унда файл исемендә булырға ярамаған символдар бар ине.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file looks like a thumbnail of another file. Upload the full-size original.</source>
        <translation type="unfinished">Файл башҡа файлдың миниатюраһына оҡшаған. Тулы ҙурлыҡтағы төп нөсхәһен йөкләгеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title looks like a thumbnail&apos;s name (it starts with a size). Change the title.</source>
        <translation type="unfinished">Атама миниатюра исеменә оҡшаған (ул ҙурлыҡ менән башлана). Атаманы үҙгәртегеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploads are switched off on this wiki.</source>
        <translation type="unfinished">Был викиҙа йөкләү һүндерелгән.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the file without saying why. Try again later, or upload it by hand to see the reason.</source>
        <translation type="unfinished">Вики файлды сәбәбен әйтмәйенсә кире ҡаҡты. Һуңыраҡ яңынан ҡабатлап ҡарағыҙ йәки сәбәбен күреү өсөн уны ҡулдан йөкләгеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki asked us to slow down (rate limit) and the file was tried several times. Upload again later to go on.</source>
        <translation type="unfinished">Вики эште әкренәйтеүҙе һораны (тиҙлек сикләүе), һәм файл бер нисә тапҡыр ебәреп ҡаралды. Дауам итеү өсөн һуңыраҡ яңынан йөкләгеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki&apos;s servers were too busy and the file was tried several times. Upload again later to go on.</source>
        <translation type="unfinished">Вики серверҙары бик мәшғүл ине, һәм файл бер нисә тапҡыр ебәреп ҡаралды. Дауам итеү өсөн һуңыраҡ яңынан йөкләгеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki is read-only for maintenance. Upload again later to go on.</source>
        <translation type="unfinished">Вики техник хеҙмәтләндереү сәбәпле уҡыу өсөн генә асыҡ. Дауам итеү өсөн һуңыраҡ яңынан йөкләгеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not keep the file&apos;s pieces (chunks). Upload again to go on.</source>
        <translation type="unfinished">Вики файлдың киҫәктәрен һаҡлай алманы. Дауам итеү өсөн яңынан йөкләгеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login session ended and could not be renewed in time. Upload again to go on.</source>
        <translation type="unfinished">Танылыу сеансы тамамланды һәм уны ваҡытында яңыртып булманы. Дауам итеү өсөн яңынан йөкләгеҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not be reached. Check the connection; the upload can be resumed.</source>
        <translation type="unfinished">Викиға тоташып булманы. Тоташыуҙы тикшерегеҙ; йөкләүҙе дауам итеп була.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not logged in, or the session expired. Log in again.</source>
        <translation type="unfinished">Һеҙ танылмағанһығыҙ йәки сеанс ваҡыты үткән. Яңынан танылығыҙ.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The wiki answered with an error the app does not know ({code}). Upload again later; if it stays, upload this file by hand to see more.</source>
        <extracomment>for an error code the app has no words for: the wiki&apos;s code and text, and what to do</extracomment>
        <translation type="unfinished">Вики программа белмәгән хата менән яуап бирҙе ({code}). Һуңыраҡ яңынан йөкләгеҙ; хата ҡабатланһа, тулыраҡ белеү өсөн был файлды ҡулдан йөкләгеҙ.</translation>
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
        <translation type="unfinished">Биттең музей ҡалыбы юлдары. Рәссам йәки ойошма текст, {{Creator:William Blake}} кеүек ҡалып йәки Викимәғлүмәт Q-идентификаторы була ала.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(һайланған файлдарҙа төрлө)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — пакеттың ғәҙәттәге ҡиммәттәренән</translation>
    </message>
</context>
<context>
    <name>MuseumSheet</name>
    <message>
        <location filename="../src/glamuploader/ui/museumsheet.py" line="+18"/>
        <location line="+55"/>
        <source>Fill in from a museum spreadsheet</source>
        <translation type="unfinished">Музей таблицаһынан тултырыу</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</source>
        <translation type="unfinished">Таблицалар (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fill in from %1</source>
        <translation type="unfinished">%1 файлынан тултырыу</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>row %1</source>
        <translation type="unfinished">рәт %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished">рәт %1, бағана %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source> … and %1 more</source>
        <translation type="unfinished"> … һәм тағы %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cells to mend in the spreadsheet:</source>
        <translation type="unfinished">Таблицала төҙәтергә кәрәк булған күҙәнәктәр:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was dropped: rows without a file stay in the spreadsheet, and files without a row keep what they had. Undo takes the whole filling back.</source>
        <translation type="unfinished">Бер нәмә лә төшөп ҡалманы: файлы булмаған рәттәр таблицала ҡала, ә рәте булмаған файлдарҙа элекке ҡиммәттәр һаҡлана. «Кире ҡайтарырға» бөтә тултырыуҙы кире ҡайтара.</translation>
    </message>
</context>
<context>
    <name>PageTemplateBox</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+48"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — пакеттың ғәҙәттәге ҡиммәттәренән</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/preferences.py" line="+28"/>
        <source>Wikimedia Commons</source>
        <translation type="unfinished">Викимилек (Wikimedia Commons)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta Commons (for testing)</source>
        <translation type="unfinished">Бета-Викимилек (һынау өсөн)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local sandbox wiki (on this computer)</source>
        <translation type="unfinished">Урындағы һынау вики-сайты (ошо компьютерҙа)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preferences</source>
        <translation type="unfinished">Көйләүҙәр</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The wiki a new batch goes to: choose one, or type the address of any MediaWiki&apos;s api.php. The open batch&apos;s wiki is chosen in the toolbar.</source>
        <translation type="unfinished">Яңы пакет йөкләнәсәк вики: береһен һайлағыҙ йәки теләһә ниндәй MediaWiki-ның api.php адресын яҙығыҙ. Асыҡ пакет өсөн вики ҡоралдар панелендә һайлана.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">мәҫәлән, [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose per batch</source>
        <translation type="unfinished">Һәр пакет өсөн айырым һайлана</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> px</source>
        <translation type="unfinished"> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload new batches to</source>
        <translation type="unfinished">Яңы пакеттарҙы ҡайҙа йөкләргә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the app</source>
        <translation type="unfinished">Программа теле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default author</source>
        <translation type="unfinished">Ғәҙәттәге автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default licence</source>
        <translation type="unfinished">Ғәҙәттәге лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail size</source>
        <translation type="unfinished">Миниатюра ҙурлығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiki, bot password, author and licence, step by step…</source>
        <translation type="unfinished">Вики, робот серһүҙе, автор һәм лицензия — аҙымлап…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first-run assistant: it can check your bot password</source>
        <translation type="unfinished">Беренсе эшләтеп ебәреү ярҙамсыһы: ул робот серһүҙегеҙҙе тикшерә ала</translation>
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
        <translation type="unfinished">Структураланған мәғлүмәттәр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered page</source>
        <translation type="unfinished">Бит күренеше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captions and statements (depicts, licence, date, location…) written to the file after upload.</source>
        <translation type="unfinished">Йөкләгәндән һуң файлға өҫтәләсәк аңлатмалар һәм раҫлауҙар (һүрәтләнгән, лицензия, дата, урын…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show as JSON (what is sent to the wiki)</source>
        <translation type="unfinished">JSON итеп күрһәтергә (викиға нимә ебәрелә)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show it as the wiki renders it</source>
        <translation type="unfinished">Вики күрһәткәнсә күрһәтергә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the wiki to render the page; nothing is saved there</source>
        <translation type="unfinished">Викиҙан битте яһап күрһәтеүҙе һорай; унда бер нәмә лә һаҡланмай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a file to see the page that will be sent.</source>
        <translation type="unfinished">Ебәреләсәк битте күреү өсөн файл һайлағыҙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one file, then ask the wiki to render its page.</source>
        <translation type="unfinished">Бер файл һайлағыҙ, һуңынан викиҙан уның битен яһап күрһәтеүҙе һорағыҙ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Caption (%1)</source>
        <translation type="unfinished">Аңлатма (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depicts</source>
        <translation type="unfinished">Һүрәтләнгән</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creator</source>
        <translation type="unfinished">Ижадсы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation type="unfinished">Лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright status</source>
        <translation type="unfinished">Авторлыҡ хоҡуғы статусы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source of file</source>
        <translation type="unfinished">Файлдың сығанағы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished">Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the photo was taken</source>
        <translation type="unfinished">Фото төшөрөлгән урын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place shown</source>
        <translation type="unfinished">Күрһәтелгән урын</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reproduces the artwork</source>
        <translation type="unfinished">Сәнғәт әҫәренең күсермәһе</translation>
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
        <translation type="unfinished">Авторҙың исеме</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wikimedia user name</source>
        <translation type="unfinished">Викимедиа ҡатнашыусыһы исеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation type="unfinished">Веб-адрес</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Described at</source>
        <translation type="unfinished">Ҡайҙа тасуирланған</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking the wiki…</source>
        <translation type="unfinished">Викиҙан һорала…</translation>
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
        <translation type="unfinished">Юл</translation>
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
        <translation type="unfinished">Иҫкәртеүҙе ҡабул итергә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload anyway: the selected warning is not shown again for this file</source>
        <translation type="unfinished">Барыбер йөкләргә: һайланған иҫкәртеү был файл өсөн башҡа күрһәтелмәйәсәк</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No problems.</source>
        <translation type="unfinished">Проблемалар юҡ.</translation>
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
            <numerusform>Йөкләү алдынан төҙәтергә кәрәк %n хата</numerusform>
            <numerusform>Йөкләү алдынан төҙәтергә кәрәк %n хата</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform>%n иҫкәртеү</numerusform>
            <numerusform>%n иҫкәртеү</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../src/glamuploader/ui/qtwords.py" line="+20"/>
        <source>&amp;OK</source>
        <translation type="unfinished">&amp;Яҡшы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Һаҡларға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Кире алырға</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation type="unfinished">Я&amp;бырға</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">Кире &amp;ҡайтарырға</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">Ҡа&amp;батларға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">&amp;Киҫеп алырға</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">Кү&amp;сереп алырға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">Ҡу&amp;йырға</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation type="unfinished">Юйырға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation type="unfinished">Барыһын да һайларға</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+3"/>
        <source>Show Details...</source>
        <translation type="unfinished">Ентекле мәғлүмәтте күрһәтергә...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide Details...</source>
        <translation type="unfinished">Ентекле мәғлүмәтте йәшерергә...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-16"/>
        <source>OK</source>
        <translation type="unfinished">Яҡшы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation type="unfinished">Һаҡларға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation type="unfinished">Асырға</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Эйе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Юҡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation type="unfinished">Ябырға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Кире алырға</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation type="unfinished">Һаҡламаҫҡа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation type="unfinished">Белешмә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation type="unfinished">Ҡулланырға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation type="unfinished">Башланғыс хәлгә ҡайтарырға</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation type="unfinished">Ҡабатлап ҡарарға</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+9"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">Кү&amp;сереп алырға</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">&amp;Һылтанма адресын күсереп алырға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation type="unfinished">Барыһын да һайларға</translation>
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
        <translation type="unfinished">&amp;Алға &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation type="unfinished">&amp;Әҙер</translation>
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
        <translation type="unfinished">Табыу һәм алмаштырыу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In column</source>
        <translation type="unfinished">Бағанала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation type="unfinished">Табырға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation type="unfinished">Нимәгә алмаштырырға</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace all</source>
        <translation type="unfinished">Барыһын да алмаштырырға</translation>
    </message>
</context>
<context>
    <name>Scenes</name>
    <message>
        <location filename="../src/glamuploader/ui/scenes.py" line="+29"/>
        <source>Select the &amp;whole scene</source>
        <translation type="unfinished">Сәхнәне &amp;тулыһынса һайларға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the photos taken with the selected one, without a gap of 20 minutes or 300 m walked between them (key: S)</source>
        <translation type="unfinished">Һайланған фото менән бергә төшөрөлгән, араларында 20 минутлыҡ өҙөклөк йәки 300 м юл булмаған фотоларҙы һайларға (төймә: S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a photo of the scene first.</source>
        <translation type="unfinished">Башта сәхнәнең берәй фотоһын һайлағыҙ.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n photo(s) of this scene selected: what you write in the editor now goes to all of them.</source>
        <translation type="unfinished">
            <numerusform>Был сәхнәнең %n фотоһы һайланды: хәҙер мөхәррирҙә яҙған нәмәгеҙ уларҙың барыһына ла ҡағыла.</numerusform>
            <numerusform>Был сәхнәнең %n фотоһы һайланды: хәҙер мөхәррирҙә яҙған нәмәгеҙ уларҙың барыһына ла ҡағыла.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stacks</name>
    <message>
        <location filename="../src/glamuploader/ui/stacks.py" line="+64"/>
        <source>&amp;Stack similar photos</source>
        <translation type="unfinished">&amp;Оҡшаш фотоларҙы өйөргә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show each burst or near-duplicate as one photo with a count; Space on it compares them</source>
        <translation type="unfinished">Рәттән төшөрөлгән һәр серияны йәки бер-береһенә бик оҡшаш фотоларҙы һаны күрһәтелгән бер фото итеп күрһәтергә; уның өҫтөндә Space уларҙы сағыштыра</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep the best of each stack</source>
        <translation type="unfinished">&amp;Һәр өйөмдән иң яҡшыһын ҡалдырырға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In every stack, pick the photo with most stars (or the one picked, or the first) and reject the others</source>
        <translation type="unfinished">Һәр өйөмдә иң күп йондоҙло фотоны (йәки һайлап алынғанын, йәки беренсеһен) һайлап алырға, ә ҡалғандарын кире ҡағырға</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation type="unfinished">Кире алырға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding similar photos: %v of %m</source>
        <translation type="unfinished">Оҡшаш фотолар эҙләнә: %v / %m</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n stack(s) of similar photos.</source>
        <translation type="unfinished">
            <numerusform>Оҡшаш фотоларҙан %n өйөм төҙөлдө.</numerusform>
            <numerusform>Оҡшаш фотоларҙан %n өйөм төҙөлдө.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Similar photos could not be found: %1</source>
        <translation type="unfinished">Оҡшаш фотоларҙы табып булманы: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The selected photo is in no stack of similar photos. Turn on Edit ▸ Stack similar photos to find them.</source>
        <translation type="unfinished">Һайланған фото оҡшаш фотоларҙың бер өйөмөндә лә юҡ. Уларҙы табыу өсөн Үҙгәртеү ▸ Оҡшаш фотоларҙы өйөргә пунктын ҡабыҙығыҙ.</translation>
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
        <translation type="unfinished">планлаштырылған атама</translation>
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
        <translation type="unfinished">Атама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation type="unfinished">Тасуирлама</translation>
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
        <translation type="unfinished">Үлсәмдәр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation type="unfinished">Ойошма</translation>
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
        <translation type="unfinished">Сығанаҡ</translation>
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
        <translation type="unfinished">Башҡа өлгөләр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted people</source>
        <translation type="unfinished">Һүрәтләнгән кешеләр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted place</source>
        <translation type="unfinished">Һүрәтләнгән урын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of creation</source>
        <translation type="unfinished">Яһалған урыны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of discovery</source>
        <translation type="unfinished">Табылған урыны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object history</source>
        <translation type="unfinished">Предметтың тарихы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibition history</source>
        <translation type="unfinished">Күргәҙмәләр тарихы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inscriptions</source>
        <translation type="unfinished">Яҙыуҙар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished">Иҫкәрмәләр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation type="unfinished">Әҙәбиәт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item</source>
        <translation type="unfinished">Викимәғлүмәт элементы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photographer</source>
        <translation type="unfinished">Фотограф</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the artwork</source>
        <translation type="unfinished">Әҫәрҙең лицензияһы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo description</source>
        <translation type="unfinished">Фото тасуирламаһы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the photo</source>
        <translation type="unfinished">Фотоның датаһы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the photo</source>
        <translation type="unfinished">Фотоның лицензияһы</translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/delegate.py" line="+105"/>
        <source>%n similar</source>
        <translation type="unfinished">
            <numerusform>%n оҡшаш</numerusform>
            <numerusform>%n оҡшаш</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/uploadpanel.py" line="+96"/>
        <source>Upload to %1</source>
        <translation type="unfinished">%1 сайтына йөкләү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in…</source>
        <translation type="unfinished">Танылырға…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Start upload</source>
        <translation type="unfinished">Йөкләй башларға</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+164"/>
        <source>Resume</source>
        <translation type="unfinished">Дауам итергә</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Pause</source>
        <translation type="unfinished">Туҡтатып торорға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the file that is going up now; a big file stops after its current chunk and goes on from there</source>
        <translation type="unfinished">Хәҙер ебәрелгән файлдан һуң туҡтарға; ҙур файл ағымдағы киҫәгенән һуң туҡтай һәм һуңынан шунан дауам итә</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after the file that is going up now and close; what was uploaded stays recorded</source>
        <translation type="unfinished">Хәҙер ебәрелгән файлдан һуң туҡтарға һәм ябырға; йөкләнгәндәр яҙылып ҡала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry failed</source>
        <translation type="unfinished">Уңышһыҙҙарҙы ҡабатларға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report (CSV)…</source>
        <translation type="unfinished">Хисапты һаҡларға (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy gallery wikitext</source>
        <translation type="unfinished">Галерея вики-тексын күсереп алырға</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation type="unfinished">Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished">Хәл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File page</source>
        <translation type="unfinished">Файл бите</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending…</source>
        <translation type="unfinished">Ебәреү алдынан файлдарҙы ҡарап сығыу…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not logged in to %1.</source>
        <translation type="unfinished">%1 сайтында танылмағанһығыҙ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in to %1 as %2.</source>
        <translation type="unfinished">%1 сайтында %2 булып танылдығыҙ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation type="unfinished">Ябырға</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished">Кире алырға</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log in and upload…</source>
        <translation type="unfinished">Танылырға һәм йөкләргә…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%v of %m files</source>
        <translation type="unfinished">%m файлдан %v</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Logging in…</source>
        <translation type="unfinished">Танылыу бара…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Login failed: %1</source>
        <translation type="unfinished">Танылып булманы: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The files are checked; sending them now.</source>
        <translation type="unfinished">Файлдар тикшерелде; хәҙер ебәрелә.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Waiting %1 s: this account may upload only so many files an hour (the wiki&apos;s rate limit)</source>
        <translation type="unfinished">%1 с көтәбеҙ: был иҫәп яҙмаһы сәғәтенә сикле һанда ғына файл йөкләй ала (викиҙың тиҙлек сикләүе)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The wiki is busy; trying %1 again in %2 s</source>
        <translation type="unfinished">Вики мәшғүл; %1 %2 с үткәс яңынан ебәреләсәк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki did not answer; trying %1 again in %2 s</source>
        <translation type="unfinished">Вики яуап бирмәне; %1 %2 с үткәс яңынан ебәреләсәк</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uploading %1</source>
        <translation type="unfinished">%1 йөкләнә</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopping after the file that is going up now…</source>
        <translation type="unfinished">Хәҙер ебәрелгән файлдан һуң туҡталасаҡ…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About %1 min %2 s left</source>
        <translation type="unfinished">Яҡынса %1 мин %2 с ҡалды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uploaded, %2 already on the wiki, %3 failed.</source>
        <translation type="unfinished">%1 йөкләнде, %2 викиҙа бар ине инде, %3 уңышһыҙ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused.</source>
        <translation type="unfinished">Туҡтатып торолдо.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wiki has no structured data: captions and statements were not written.</source>
        <translation type="unfinished">Был викиҙа структураланған мәғлүмәттәр юҡ: аңлатмалар һәм раҫлауҙар яҙылманы.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending (still there, changed since import): %1 of %2…</source>
        <translation type="unfinished">Ебәреү алдынан файлдарҙы ҡарап сығыу (урынындамы, индерелгәндән һуң үҙгәрмәгәнме): %2 файлдан %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upload journal was damaged. It is kept as %1 and a new one was begun. Nothing is lost: files already on the wiki are found by their checksum.</source>
        <translation type="unfinished">Йөкләү журналы боҙолған ине. Ул %1 булып һаҡланды һәм яңыһы башланды. Бер нәмә лә юғалманы: викиҙа булған файлдар контроль суммалары буйынса табыла.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save report</source>
        <translation type="unfinished">Хисапты һаҡларға</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report is saved as %1.</source>
        <translation type="unfinished">Хисап %1 булып һаҡланды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gallery wikitext is on the clipboard.</source>
        <translation type="unfinished">Галерея вики-тексы алмашыу буферына күсерелде.</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../src/glamuploader/ui/viewer.py" line="+284"/>
        <source>This file cannot be shown: it is not a picture the viewer can read, or it is damaged. Check it in the list of problems.</source>
        <translation type="unfinished">Был файлды күрһәтеп булмай: ул программа уҡый алған һүрәт түгел йәки боҙолған. Уны проблемалар исемлегендә тикшерегеҙ.</translation>
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
        <translation type="unfinished">оҙонлоҡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heading °</source>
        <translation type="unfinished">йүнәлеш °</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation type="unfinished">Карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this place on OpenStreetMap in your browser</source>
        <translation type="unfinished">Был урынды браузерҙа OpenStreetMap картаһында күрһәтергә</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>removed from the upload</source>
        <translation type="unfinished">йөкләнәсәк күсермәнән юйылған</translation>
    </message>
</context>
<context>
    <name>_TextRow</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="-40"/>
        <source>Remove this language</source>
        <translation type="unfinished">Был телде юйырға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(һайланған файлдарҙа төрлө)</translation>
    </message>
</context>
</TS>
