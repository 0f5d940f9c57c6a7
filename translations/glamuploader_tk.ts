<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tk">
<context>
    <name>About</name>
    <message>
        <location filename="../src/glamuploader/ui/about.py" line="+24"/>
        <source>New batches</source>
        <translation type="unfinished">Täze tapgyrlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload journal (what reached the wiki, for resuming)</source>
        <translation type="unfinished">Ýükleme gündeligi (wikide eýýäm bar bolanlar, dowam etdirmek üçin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbnails and lookups cache</source>
        <translation type="unfinished">Miniatýuralar we gözlegleriň keşi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch uploads of photos and scans to Wikimedia Commons, with structured data.</source>
        <translation type="unfinished">Suratlary we skanlary gurluşly maglumatlary bilen bilelikde Wikimedia Commons-a tapgyrlaýyn ýükleýär.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished">GNU GPL ygtyýarnamasynyň 3-nji ýa-da has täze wersiýasy boýunça erkin programma üpjünçiligi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your files live:</source>
        <translation type="unfinished">Faýllaryňyz nirede saklanýar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built on:</source>
        <translation type="unfinished">Esasynda gurlan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a crash: open the app again. Your batch is saved as you work, and the journal knows which files reached the wiki; Upload goes on without sending any file twice.</source>
        <translation type="unfinished">Programma garaşylmadyk ýagdaýda ýapylsa, ony täzeden açyň. Tapgyryňyz işläp durkaňyz ýazdyrylýar, gündelik hem haýsy faýllaryň eýýäm wikide bardygyny bilýär: “Ýükle” hiç bir faýly iki gezek ibermän dowam edýär.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reviewed translations: %1.</source>
        <translation type="unfinished">Barlanan terjimeler: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet reviewed by a native speaker: %1. Corrections are welcome (translations/README.md says how).</source>
        <translation type="unfinished">Ene dilinde gepleýän adam tarapyndan heniz barlanmadyk: %1. Düzedişler hoşallyk bilen kabul edilýär (nädip ibermelidigi translations/README.md faýlynda ýazylan).</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../src/glamuploader/ui/delegate.py" line="+19"/>
        <source>problem</source>
        <translation type="unfinished">mesele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation type="unfinished">taýýar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploading</source>
        <translation type="unfinished">ýüklenýär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded</source>
        <translation type="unfinished">ýüklendi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded, data pending</source>
        <translation type="unfinished">ýüklendi, maglumatlar garaşylýar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation type="unfinished">şowsuz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate</source>
        <translation type="unfinished">dublikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation type="unfinished">ret edildi</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/tableview.py" line="+312"/>
        <source>Paste %n cell(s)</source>
        <translation type="unfinished">
            <numerusform>%n öýjügi goý</numerusform>
            <numerusform>%n öýjügi goý</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill down</source>
        <translation type="unfinished">Aşak doldur</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replace in %1</source>
        <translation type="unfinished">Çalyş: %1</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <location line="-246"/>
        <source>Thumbnail</source>
        <translation type="unfinished">Miniatýura</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Edit %1</source>
        <translation type="unfinished">Düzediş: %1</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <location filename="../src/glamuploader/ui/curation.py" line="+67"/>
        <source>Go to the &amp;next photo after marking one</source>
        <translation type="unfinished">&amp;Bellik goýlandan soň indiki surata geç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After P, X, U or a number of stars, the next photo is shown</source>
        <translation type="unfinished">P, X, U ýa-da ýyldyz sany basylandan soň indiki surat görkezilýär</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Select two to four photos to compare them side by side.</source>
        <translation type="unfinished">Ýanaşyk goýup deňeşdirmek üçin ikiden dörde çenli surat saýlaň.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Turn left</source>
        <translation type="unfinished">Çepe aýlamak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn right</source>
        <translation type="unfinished">Saga aýlamak</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Keep one, reject %n other(s)</source>
        <translation type="unfinished">
            <numerusform>Birini galdyrmak, beýleki %n suraty ret etmek</numerusform>
            <numerusform>Birini galdyrmak, beýleki %n suraty ret etmek</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stars: %1</source>
        <translation type="unfinished">Ýyldyzlar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick</source>
        <translation type="unfinished">Saýlap almak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject</source>
        <translation type="unfinished">Ret etmek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark</source>
        <translation type="unfinished">Belligi aýyrmak</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../src/glamuploader/ui/demo.py" line="+12"/>
        <source>Starting the sandbox wiki and making sample photos… (the first time takes a minute)</source>
        <translation type="unfinished">Synag wikisi işe girizilýär we mysal suratlar taýýarlanýar… (ilkinji gezek bir minuda golaý wagt alýar)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sample batch is aimed at the sandbox wiki on this computer.</source>
        <translation type="unfinished">Mysal tapgyr şu kompýuterdäki synag wikisine ýüklener.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/panel.py" line="+146"/>
        <source>&amp;Description</source>
        <translation type="unfinished">D&amp;üşündiriş</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;itle</source>
        <translation type="unfinished">&amp;At</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ption</source>
        <translation type="unfinished">Ýa&amp;zgy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Author</source>
        <translation type="unfinished">Aw&amp;tor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Da&amp;te</source>
        <translation type="unfinished">&amp;Sene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation type="unfinished">&amp;Çeşme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Licence</source>
        <translation type="unfinished">&amp;Ygtyýarnama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Categories</source>
        <translation type="unfinished">Kat&amp;egoriýalar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Depicts</source>
        <translation type="unfinished">Şekillendirilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locatio&amp;n</source>
        <translation type="unfinished">&amp;Ýerleşýän ýeri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Te&amp;mplates</source>
        <translation type="unfinished">Şa&amp;blonlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privac&amp;y</source>
        <translation type="unfinished">Gizli&amp;nlik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page template</source>
        <translation type="unfinished">Sahypa şablony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;version of</source>
        <translation type="unfinished">&amp;Haýsy faýlyň täze wersiýasy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version s&amp;ummary</source>
        <translation type="unfinished">Wersiýa üçin &amp;gysgaça düşündiriş</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY. Empty: the date the photo was taken.</source>
        <translation type="unfinished">YYYY-MM-DD, YYYY-MM ýa-da YYYY. Boş bolsa: suratyň düşürilen senesi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty for your own work; else the museum, book or web address.</source>
        <translation type="unfinished">Öz işiňiz bolsa, boş goýuň; bolmasa muzeý, kitap ýa-da web salgysy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category name, without “Category:”</source>
        <translation type="unfinished">Kategoriýanyň ady, “Category:” goşulmasyz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item, e.g. Q42</source>
        <translation type="unfinished">Wikidata elementi, meselem, Q42</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation type="unfinished">meselem, {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata</source>
        <translation type="unfinished">Meta-maglumatlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence, author and categories for every file…</source>
        <translation type="unfinished">Her faýl üçin ygtyýarnama, awtor we kategoriýalar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload a better version of this file…</source>
        <translation type="unfinished">Bu faýlyň has gowy wersiýasyny ýükle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else goes up as a new file.</source>
        <translation type="unfinished">Diňe şol bir suraty azajyk gowulandyrmak üçin: has ýokary aýdyňlyk, reňk, şowhuny azaltmak ýa-da aýlamak. Beýleki ähli zat täze faýl hökmünde ýüklenýär.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cleaned copy is uploaded; the pixels and your original file are never changed.</source>
        <translation type="unfinished">Arassalanan göçürme ýüklenýär; pikseller we asyl faýlyňyz hiç haçan üýtgedilmeýär.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:Name.jpg on the wiki — empty for a new file</source>
        <translation type="unfinished">Wikidäki File:Name.jpg faýly — täze faýl üçin boş goýuň</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commons allows a new version only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else (another photo, a crop that changes what is shown) goes up as a new file. When in doubt, upload a new file.</source>
        <translation type="unfinished">Commons täze wersiýa diňe şol bir suraty azajyk gowulandyrmak üçin rugsat berýär: has ýokary aýdyňlyk, reňk, şowhuny azaltmak ýa-da aýlamak. Beýleki ähli zat (başga surat, görkezilýän zady üýtgedýän kesim) täze faýl hökmünde ýüklenýär. Ikirjiňlenýän bolsaňyz, täze faýl ýükläň.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Uploaded as %1. Its page is edited on the wiki now.</source>
        <translation type="unfinished">%1 hökmünde ýüklendi. Indi onuň sahypasy wikiniň özünde düzedilýär.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on the wiki as %1: it is not uploaded again.</source>
        <translation type="unfinished">Wikide eýýäm %1 hökmünde bar: gaýtadan ýüklenmeýär.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These files are on the wiki. Their pages are edited there now.</source>
        <translation type="unfinished">Bu faýllar wikide. Indi olaryň sahypalary şol ýerde düzedilýär.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keywords from the file as categories: %1</source>
        <translation type="unfinished">Faýldaky açar sözler kategoriýa hökmünde: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each is checked on the wiki like any category; remove those that are not categories there.</source>
        <translation type="unfinished">Her biri wikide beýleki kategoriýalar ýaly barlanýar; ol ýerde kategoriýa bolmadyklaryny aýyryň.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Museum field</source>
        <translation type="unfinished">Muzeý meýdany</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select one or more files to edit them.</source>
        <translation type="unfinished">Düzetmek üçin bir ýa-da birnäçe faýl saýlaň.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n files selected: a change applies to all of them.</source>
        <translation type="unfinished">
            <numerusform>%n faýl saýlandy: üýtgeşme olaryň hemmesine degişli bolar.</numerusform>
            <numerusform>%n faýl saýlandy: üýtgeşme olaryň hemmesine degişli bolar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(saýlanan faýllarda dürli)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — tapgyryň umumy bahalaryndan</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>From the file: %1</source>
        <translation type="unfinished">Faýldan: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Will be uploaded as: File:%1</source>
        <translation type="unfinished">Faýl şu at bilen ýüklener: File:%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taken: %1</source>
        <translation type="unfinished">Düşürilen wagty: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the picture shows</source>
        <translation type="unfinished">Suratda näme şekillendirilen</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+37"/>
        <source>Send the file as it is</source>
        <translation type="unfinished">Faýly bolşy ýaly iber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the location (GPS) from the uploaded copy</source>
        <translation type="unfinished">Ýüklenýän göçürmeden ýerleşýän ýeri (GPS) aýyr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove all camera data from the uploaded copy</source>
        <translation type="unfinished">Ýüklenýän göçürmeden kameranyň ähli maglumatlaryny aýyr</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="+30"/>
        <source>The upload journal could not be written (%1). Nothing is lost: free some space on the disk or check the folder&apos;s permissions, then press Upload again.</source>
        <translation type="unfinished">Ýükleme gündeligine ýazyp bolmady (%1). Hiç zat ýitmedi: diskde ýer boşadyň ýa-da bukjanyň rugsatlaryny barlaň, soňra “Ýükle” düwmesine täzeden basyň.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The batch could not be opened.</source>
        <translation type="unfinished">Tapgyry açyp bolmady.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be saved. Check that the folder exists and that there is space on the disk.</source>
        <translation type="unfinished">Tapgyry ýazdyryp bolmady. Bukjanyň bardygyny we diskde ýeriň bardygyny barlaň.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files could not be imported.</source>
        <translation type="unfinished">Faýllary import edip bolmady.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be checked.</source>
        <translation type="unfinished">Tapgyry barlap bolmady.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload stopped.</source>
        <translation type="unfinished">Ýükleme togtady.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location line="-33"/>
        <source>title</source>
        <translation type="unfinished">at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation type="unfinished">düşündiriş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption</source>
        <translation type="unfinished">ýazgy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation type="unfinished">sene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author</source>
        <translation type="unfinished">awtor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation type="unfinished">çeşme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licence</source>
        <translation type="unfinished">ygtyýarnama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categories</source>
        <translation type="unfinished">kategoriýalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depicts</source>
        <translation type="unfinished">şekillendirilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation type="unfinished">ýerleşýän ýeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>templates</source>
        <translation type="unfinished">şablonlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation type="unfinished">faýl</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <location filename="../src/glamuploader/ui/firstrun.py" line="+186"/>
        <source>Logging in…</source>
        <translation type="unfinished">Hasaba girilýär…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logged in as %1. Uploads will use this account.</source>
        <translation type="unfinished">%1 hökmünde hasaba girildi. Ýüklemeler şu hasap bilen ýerine ýetiriler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login failed: %1</source>
        <translation type="unfinished">Hasaba girip bolmady: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tools log in with a &lt;b&gt;bot password&lt;/b&gt;, not your main password: it can only do what you allow, and you can revoke it at any time.</source>
        <translation type="unfinished">Gurallar esasy parolyňyz bilen däl-de, &lt;b&gt;bot paroly&lt;/b&gt; bilen hasaba girýär: ol diňe siziň rugsat beren işleriňizi edip bilýär, siz hem ony islendik wagt ýatyryp bilersiňiz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the wiki, open &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt;, make one named &lt;i&gt;glamuploader&lt;/i&gt; with the rights to edit, create pages and upload files, and enter here &lt;i&gt;YourName@glamuploader&lt;/i&gt; and the password the wiki shows you. &lt;a href=&quot;%2&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation type="unfinished">Wikide &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt; sahypasyny açyň, düzetmek, sahypa döretmek we faýl ýüklemek hukuklary bilen &lt;i&gt;glamuploader&lt;/i&gt; atly bot paroly dörediň, soňra şu ýere &lt;i&gt;YourName@glamuploader&lt;/i&gt; we wikiniň size görkezen parolyny giriziň. &lt;a href=&quot;%2&quot;&gt;Bot parollary nähili işleýär&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New batches will go to: %1</source>
        <translation type="unfinished">Täze tapgyrlaryň ýükleme ýeri: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author: %1</source>
        <translation type="unfinished">Awtor: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: %1</source>
        <translation type="unfinished">Ygtyýarnama: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of this can be changed under Edit ▸ Preferences, and this assistant is under Help. The guide (Help ▸ Guide, F1) shows the common job step by step.</source>
        <translation type="unfinished">Bularyň hemmesini Düzet ▸ Ileri tutmalar arkaly üýtgedip bolýar, bu kömekçi bolsa Kömek menýusynda durýar. Gollanma (Kömek ▸ Gollanma, F1) adaty işi ädimme-ädim görkezýär.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Welcome to GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader programmasyna hoş geldiňiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation type="unfinished">Hoş geldiňiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which wiki?</source>
        <translation type="unfinished">Haýsy wiki?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your bot password</source>
        <translation type="unfinished">Bot parolyňyz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author and licence</source>
        <translation type="unfinished">Awtor we ygtyýarnama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation type="unfinished">Taýýar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few questions, once. Each can be skipped with Next.</source>
        <translation type="unfinished">Birnäçe sorag, diňe bir gezek. Olaryň her birini “Indiki” düwmesi bilen geçip bolýar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where new batches are uploaded.</source>
        <translation type="unfinished">Täze tapgyrlaryň nirä ýüklenjekdigi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So that uploads can start without asking. You can skip this and log in when you upload.</source>
        <translation type="unfinished">Ýükleme hiç zat soramazdan başlar ýaly. Muny geçip, ýükleýän wagtyňyz hasaba girip hem bilersiňiz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What new batches start with; each file can still have its own.</source>
        <translation type="unfinished">Täze tapgyrlaryň başlangyç bahalary; her faýlyň ýene-de öz bahasy bolup biler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can start.</source>
        <translation type="unfinished">Başlap bilersiňiz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GLAM Uploader uploads photos and scans to Wikimedia Commons: many at once, with descriptions, categories and structured data, and shows every problem before anything is sent.</source>
        <translation type="unfinished">GLAM Uploader suratlary we skanlary Wikimedia Commons-a ýükleýär: birbada köp faýly, düşündirişleri, kategoriýalary we gurluşly maglumatlary bilen bilelikde. Hiç zat iberilmezden öň bolsa her bir meseläni görkezýär.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language of the app</source>
        <translation type="unfinished">Programmanyň &amp;dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The real Commons: what you upload is public at once.</source>
        <translation type="unfinished">Hakyky Commons: ýükleýän zadyňyz derrew hemmä açyk bolýar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test copy of Commons, to try things out; it is emptied from time to time.</source>
        <translation type="unfinished">Commons-yň synag göçürmesi, zatlary synap görmek üçin; ol wagtal-wagtal arassalanýar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A wiki on this computer, to try the app without an account (needs PHP and MediaWiki installed).</source>
        <translation type="unfinished">Şu kompýuterdäki wiki: programmany hasapsyz synap görmek üçin (PHP we MediaWiki gurnalan bolmaly).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>YourName@glamuploader</source>
        <translation type="unfinished">YourName@glamuploader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">meselem, [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation type="unfinished">&amp;Ulanyjy ady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;Parol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the password in the system keyring</source>
        <translation type="unfinished">Paroly ulgamyň &amp;açar ammarynda sakla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the login</source>
        <translation type="unfinished">Hasaba girişi &amp;barla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the sandbox wiki&apos;s &amp;test account</source>
        <translation type="unfinished">Synag wikisiniň &amp;synag hasabyny ulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The author is how you want to be credited, e.g. [[User:Name|Name]]. The licence applies to your own photos; for museum scans choose per file.</source>
        <translation type="unfinished">Awtor meýdanyna adyňyzyň nähili görkezilmegini isleýän bolsaňyz, şeýle ýazyň, meselem, [[User:Name|Name]]. Ygtyýarnama öz düşüren suratlaryňyza degişli; muzeý skanlary üçin ony her faýla aýratyn saýlaň.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Author</source>
        <translation type="unfinished">A&amp;wtor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Li&amp;cence</source>
        <translation type="unfinished">Ygtyýa&amp;rnama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose per batch</source>
        <translation type="unfinished">Her tapgyr üçin aýratyn saýlanýar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation type="unfinished">Geç</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../src/glamuploader/ui/gridview.py" line="+107"/>
        <source>Table</source>
        <translation type="unfinished">Tablisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the files as a table, a column per field, as in a spreadsheet</source>
        <translation type="unfinished">Faýllary elektron tablisadaky ýaly, her meýdan üçin bir sütün bolan tablisa görnüşinde görkez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop photos or folders here, or use Import folder.

Then select files to describe them; the Problems panel below says what is still needed before upload.</source>
        <translation type="unfinished">Suratlary ýa-da bukjalary şu ýere taşlaň ýa-da “Bukjany import et” buýrugyny ulanyň.

Soňra düşündiriş bermek üçin faýllary saýlaň; aşakdaky “Meseleler” paneli ýüklemezden öň ýene nämäniň gerekdigini görkezýär.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file matches the filter. Clear the filter to see all files.</source>
        <translation type="unfinished">Süzgüje laýyk gelýän faýl ýok. Ähli faýllary görmek üçin süzgüji arassalaň.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by title, file name, description or category</source>
        <translation type="unfinished">At, faýl ady, düşündiriş ýa-da kategoriýa boýunça süz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All files</source>
        <translation type="unfinished">Ähli faýllar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picked</source>
        <translation type="unfinished">Saýlanyp alnanlar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not rejected</source>
        <translation type="unfinished">Ret edilmedikler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked yet</source>
        <translation type="unfinished">Heniz bellenmedikler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With one star or more</source>
        <translation type="unfinished">Bir ýa-da has köp ýyldyzly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With three stars or more</source>
        <translation type="unfinished">Üç ýa-da has köp ýyldyzly</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sort by file name</source>
        <translation type="unfinished">Faýl ady boýunça tertiple</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by date taken</source>
        <translation type="unfinished">Düşürilen senesi boýunça tertiple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by title</source>
        <translation type="unfinished">At boýunça tertiple</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by picks and stars</source>
        <translation type="unfinished">Saýlap almak we ýyldyzlar boýunça tertiple</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/guide.py" line="+41"/>
        <source>The common job</source>
        <translation type="unfinished">Adaty iş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a folder of photos on the window, or use File ▸ Import folder. All the new files are selected.</source>
        <translation type="unfinished">Suratly bukjany penjirä taşlaň ýa-da Faýl ▸ Bukjany import et buýrugyny ulanyň. Ähli täze faýllar saýlanan bolar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With many files selected, what you type applies to all of them: choose the licence, type the author and a category (Enter adds it).</source>
        <translation type="unfinished">Birnäçe faýl saýlananda, ýazan zadyňyz olaryň hemmesine degişli bolýar: ygtyýarnamany saýlaň, awtory we kategoriýany ýazyň (Enter kategoriýany goşýar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type one title for many files and they are numbered: &quot;Kazan walk 01&quot;, &quot;Kazan walk 02&quot;… Give a file its own description and caption where it needs one.</source>
        <translation type="unfinished">Köp faýl üçin bir at ýazyň — olara tertip belgisi goşular: “Aşgabat gezelenji 01”, “Aşgabat gezelenji 02”… Gerek bolsa, faýla öz düşündirişini we ýazgysyny beriň.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the Problems panel. Errors (red) must be fixed; warnings may be accepted.</source>
        <translation type="unfinished">“Meseleler” paneline serediň. Säwlikler (gyzyl) düzedilmeli; duýduryşlary kabul edip bolýar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Upload (%1), log in with your bot password, and watch the files go up. Each uploaded file links to its page on the wiki.</source>
        <translation type="unfinished">“Ýükle” düwmesine (%1) basyň, bot parolyňyz bilen hasaba giriň we faýllaryň ýüklenişine serediň. Ýüklenen her faýlda wikidäki öz sahypasyna çykgyt bar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session kits</source>
        <translation type="unfinished">Çäre toplumlary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session kit holds an event&apos;s defaults: licence, author, categories, depicts, the title pattern and the languages to offer. An organiser saves one with File ▸ Save defaults as kit and hands it to the volunteers, who open it with File ▸ Open session kit before they import.</source>
        <translation type="unfinished">Çäre toplumy bir çäräniň umumy bahalaryny saklaýar: ygtyýarnama, awtor, kategoriýalar, “Şekillendirilen” bahalary, adyň nusgasy we hödürlenjek diller. Guramaçy ony Faýl ▸ Umumy bahalary toplum hökmünde ýazdyr buýrugy bilen ýazdyrýar we meýletinçilere berýär; olar bolsa import etmezden öň ony Faýl ▸ Çäre toplumyny aç buýrugy bilen açýarlar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File ▸ Batch defaults shows what every file of the batch starts with; a file&apos;s own value always wins.</source>
        <translation type="unfinished">Faýl ▸ Tapgyryň umumy bahalary penjiresi tapgyryň her faýlynyň haýsy bahalar bilen başlanýandygyny görkezýär; faýlyň öz bahasy hemişe öňde durýar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The table of problems</source>
        <translation type="unfinished">Meseleler tablisasy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything that would make an upload fail, or a reviewer on Commons complain, is listed before anything is sent: missing licence or author, titles the wiki refuses or that are taken, categories that do not exist, files that are already on the wiki, damaged images.</source>
        <translation type="unfinished">Ýüklemäniň şowsuz bolmagyna ýa-da Commons-daky gözden geçirijiniň närazylygyna sebäp boljak ähli zat hiç zat iberilmezden öň sanalyp görkezilýär: görkezilmedik ygtyýarnama ýa-da awtor, wikiniň kabul etmeýän ýa-da eýýäm eýelenen atlary, bar bolmadyk kategoriýalar, wikide eýýäm bar bolan faýllar, zaýalanan şekiller.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A problem shared by many files is one row; open it to see them. Double-click a row to go to the file and the field to mend. Upload stays off while errors remain.</source>
        <translation type="unfinished">Köp faýla degişli şol bir mesele bir setirde görkezilýär; faýllary görmek üçin setiri açyň. Düzedilmeli faýla we meýdana geçmek üçin setire iki gezek basyň. Säwlikler galýança ýükleme öçük durýar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choosing the best photos</source>
        <translation type="unfinished">Iň gowy suratlary saýlamak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space shows the selected photo filling the window; the arrows go on and back, Esc comes back. Z shows it at 100 % where the pointer is; drag it, or hold Shift and press the arrows, to look around.</source>
        <translation type="unfinished">Space saýlanan suraty tutuş penjirä ýaýyp görkezýär; ok düwmeleri indiki we öňki surata geçirýär, Esc yzyna gaýtarýar. Z suraty kursoryň duran ýerinde 100 % ölçegde görkezýär; töweregine seretmek üçin ony syçan bilen süýşüriň ýa-da Shift düwmesini basyp saklap, ok düwmelerine basyň.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P picks, X rejects (a rejected photo is never checked nor uploaded), U unmarks, 0 to 5 give stars, and the next photo follows (Edit ▸ Go to the next photo after marking one). The list above the grid shows only the picks, what is not rejected, or the photos with stars.</source>
        <translation type="unfinished">P saýlap alýar, X ret edýär (ret edilen surat hiç haçan barlanmaýar we ýüklenmeýär), U belligi aýyrýar, 0-dan 5-e çenli düwmeler ýyldyz berýär, soňra indiki surat görkezilýär (Düzet ▸ Bellik goýlandan soň indiki surata geç). Miniatýuralaryň üstündäki sanaw diňe saýlanyp alnanlary, ret edilmedikleri ýa-da ýyldyzly suratlary görkezýär.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C compares two to four selected photos side by side, zoomed and moved together. Click the best one and press K: it is picked and the others are rejected.</source>
        <translation type="unfinished">C saýlanan ikiden dörde çenli suraty ýanaşyk goýup deňeşdirýär: olar bilelikde ulaldylýar we süýşürilýär. Iň gowusyny syçan bilen saýlaň we K düwmesine basyň: ol saýlanyp alynýar, beýlekiler bolsa ret edilýär.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit ▸ Stack similar photos shows each burst or near-copy as one photo with a count; Space on it compares them. Edit ▸ Keep the best of each stack picks the one with most stars in every stack and rejects the rest.</source>
        <translation type="unfinished">Düzet ▸ Meňzeş suratlary üýşür buýrugy yzly-yzyna düşürilen her topar suraty ýa-da diýen ýaly birmeňzeş suratlary sany ýazylan bir surat hökmünde görkezýär; onuň üstünde Space basylsa, olar deňeşdirilýär. Düzet ▸ Her üýşmekden iň gowusyny sakla buýrugy her üýşmekde iň köp ýyldyzly suraty saýlap alýar we galanlaryny ret edýär.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[ and ] turn a photo a quarter. Only the copy sent is turned, by its orientation tag: your file is not changed and no pixel is compressed again (JPEG photos only).</source>
        <translation type="unfinished">[ we ] suraty 90° aýlaýar. Diňe iberilýän göçürme onuň orientasiýa belligi arkaly aýlanýar: faýlyňyz üýtgedilmeýär we hiç bir piksel täzeden gysylmaýar (diňe JPEG suratlar üçin).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S selects the whole scene: the photos taken without a gap of 20 minutes or a walk of 300 m between them. What you then write in the editor goes to all of them.</source>
        <translation type="unfinished">S tutuş sahnany saýlaýar: aralarynda 20 minutlyk arakesme ýa-da 300 m ýöreliş bolmadyk suratlary. Soňra redaktorda ýazan zadyňyz olaryň hemmesine degişli bolar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Museum spreadsheets</source>
        <translation type="unfinished">Muzeý tablisalary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File ▸ Fill in from a museum spreadsheet reads CSV, XLSX, ODS and Pattypan&apos;s .xls. Its columns are matched to the fields (you can change the match), each row to a file by name or accession number. Rows without a file and files without a row are named; nothing is dropped.</source>
        <translation type="unfinished">Faýl ▸ Muzeý tablisasyndan doldur buýrugy CSV, XLSX, ODS faýllaryny we Pattypan programmasynyň .xls faýlyny okaýar. Tablisanyň sütünleri meýdanlara gabat getirilýär (gabat getirmäni üýtgedip bilersiňiz), her setir bolsa ady ýa-da inwentar belgisi boýunça bir faýla gabat getirilýär. Faýly bolmadyk setirler we setiri bolmadyk faýllar görkezilýär; hiç zat taşlanmaýar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After a crash or a lost connection</source>
        <translation type="unfinished">Programma garaşylmadyk ýagdaýda ýapylsa ýa-da baglanyşyk kesilse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your batch is saved as you work. Open the app again: it reopens the batch.</source>
        <translation type="unfinished">Tapgyryňyz işläp durkaňyz ýazdyrylýar. Programmany täzeden açyň: ol tapgyry gaýtadan açar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload journal knows which files reached the wiki. Press Upload again and it goes on with the rest; no file is sent twice. Pause stops after the file that is going up.</source>
        <translation type="unfinished">Ýükleme gündeligi haýsy faýllaryň eýýäm wikide bardygyny bilýär. “Ýükle” düwmesine täzeden basyň, ol galanlary bilen dowam eder; hiç bir faýl iki gezek iberilmez. “Wagtlaýyn togtat” häzir ýüklenýän faýldan soň togtadýar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation type="unfinished">Klawiaturanyň düwmeleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: upload</source>
        <translation type="unfinished">%1: ýüklemek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2: undo / redo</source>
        <translation type="unfinished">%1 / %2: yzyna almak / gaýtalamak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: import files; %2: import a folder</source>
        <translation type="unfinished">%1: faýllary import etmek; %2: bukjany import etmek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this guide</source>
        <translation type="unfinished">%1: şu gollanma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the grid and the table: P pick, X reject (never uploaded), U unmark, 0 to 5 stars; the next photo is selected after each.</source>
        <translation type="unfinished">Miniatýuralarda we tablisada: P — saýlap almak, X — ret etmek (beýle faýl hiç haçan ýüklenmez), U — belligi aýyrmak, 0-dan 5-e çenli — ýyldyzlar; her düwme basylandan soň indiki surat saýlanýar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GLAM Uploader guide</source>
        <translation type="unfinished">GLAM Uploader gollanmasy</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/kitdialog.py" line="+23"/>
        <source>Batch defaults</source>
        <translation type="unfinished">Tapgyryň umumy bahalary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These values apply to every file that does not have its own. Save them as a session kit to hand them to other volunteers.</source>
        <translation type="unfinished">Bu bahalar öz bahasy bolmadyk her faýla degişli bolýar. Olary beýleki meýletinçilere bermek üçin çäre toplumy hökmünde ýazdyryň.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">meselem, [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty for your own work</source>
        <translation type="unfinished">Öz işiňiz bolsa, boş goýuň</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields: {title}, {date}, {n:03} (a number), {original} (the file name), {description:en}, and the kit&apos;s own fields such as {institution}</source>
        <translation type="unfinished">Meýdanlar: {title} (at), {date} (sene), {n:03} (san), {original} (faýl ady), {description:en} (iňlisçe düşündiriş) we toplumyň öz meýdanlary, meselem, {institution}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One category a line</source>
        <translation type="unfinished">Her setirde bir kategoriýa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One template a line, e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation type="unfinished">Her setirde bir şablon, meselem, {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the category “%1”</source>
        <translation type="unfinished">“%1” kategoriýasyny goş</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the event or partnership</source>
        <translation type="unfinished">Çäräniň ýa-da hyzmatdaşlygyň ady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation type="unfinished">Ygtyýarnama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation type="unfinished">Awtor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished">Çeşme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title pattern</source>
        <translation type="unfinished">Adyň nusgasy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description template</source>
        <translation type="unfinished">Düşündiriş şablony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories for every file</source>
        <translation type="unfinished">Her faýl üçin kategoriýalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates for every file</source>
        <translation type="unfinished">Her faýl üçin şablonlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy for every file</source>
        <translation type="unfinished">Her faýl üçin gizlinlik</translation>
    </message>
</context>
<context>
    <name>Kits</name>
    <message>
        <location filename="../src/glamuploader/ui/kits.py" line="+12"/>
        <source>Open session kit</source>
        <translation type="unfinished">Çäre toplumyny aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Session kits (*.kit.yaml)</source>
        <translation type="unfinished">Çäre toplumlary (*.kit.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save defaults as session kit</source>
        <translation type="unfinished">Umumy bahalary çäre toplumy hökmünde ýazdyr</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="+91"/>
        <source>Add language</source>
        <translation type="unfinished">Dil goş</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <location filename="../src/glamuploader/ui/licensetexts.py" line="+12"/>
        <source>CC0 — no rights reserved</source>
        <translation type="unfinished">CC0 — hiç bir hukuk goralmaýar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 4.0 — attribution</source>
        <translation type="unfinished">CC BY 4.0 — awtory görkezmek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 4.0 — attribution, share alike</source>
        <translation type="unfinished">CC BY-SA 4.0 — awtory görkezmek, şol şertlerde paýlaşmak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 3.0 — attribution, share alike (older version)</source>
        <translation type="unfinished">CC BY-SA 3.0 — awtory görkezmek, şol şertlerde paýlaşmak (köne wersiýa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 3.0 — attribution (older version)</source>
        <translation type="unfinished">CC BY 3.0 — awtory görkezmek (köne wersiýa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 70 years ago</source>
        <translation type="unfinished">Jemgyýetçilik eýeçiligi — awtor 70 ýyldan gowrak ozal aradan çykdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 100 years ago</source>
        <translation type="unfinished">Jemgyýetçilik eýeçiligi — awtor 100 ýyldan gowrak ozal aradan çykdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — photo of an old 2D artwork</source>
        <translation type="unfinished">Jemgyýetçilik eýeçiligi — köne iki ölçegli sungat eseriniň suraty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain in the USA — copyright expired</source>
        <translation type="unfinished">ABŞ-da jemgyýetçilik eýeçiligi — awtorlyk hukugynyň möhleti geçdi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — work of the US federal government</source>
        <translation type="unfinished">Jemgyýetçilik eýeçiligi — ABŞ-nyň federal hökümetiniň işi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anyone may use the file for anything, without even naming you. Only for your own work.</source>
        <translation type="unfinished">Islendik adam faýly islendik maksat bilen, hatda siziň adyňyzy görkezmezden hem ulanyp biler. Diňe öz işiňiz üçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone may use and change the file, also commercially, if they name the author.</source>
        <translation type="unfinished">Islendik adam awtory görkezen ýagdaýynda faýly ulanyp we üýtgedip biler, şol sanda täjirçilik maksady bilen hem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone may use and change the file, also commercially, if they name the author and share changed versions under the same licence. The usual choice on Commons.</source>
        <translation type="unfinished">Islendik adam awtory görkezen we üýtgedilen wersiýalary şol bir ygtyýarnama boýunça paýlaşan ýagdaýynda faýly ulanyp we üýtgedip biler, şol sanda täjirçilik maksady bilen hem. Commons-da iň köp saýlanýan ygtyýarnama.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As CC BY-SA 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation type="unfinished">CC BY-SA 4.0 ýaly; diňe çeşme faýly 3.0 wersiýasy boýunça çap eden bolsa saýlaň.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As CC BY 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation type="unfinished">CC BY 4.0 ýaly; diňe çeşme faýly 3.0 wersiýasy boýunça çap eden bolsa saýlaň.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 70 years ago. Give the author and the date of the work.</source>
        <translation type="unfinished">Awtory 70 ýyldan gowrak ozal aradan çykan eserler üçin. Awtory we eseriň senesini görkeziň.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 100 years ago; safe in almost every country.</source>
        <translation type="unfinished">Awtory 100 ýyldan gowrak ozal aradan çykan eserler üçin; hemme ýurtda diýen ýaly howpsuz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For faithful photos or scans of flat artworks (paintings, drawings, documents) whose author died more than 70 years ago.</source>
        <translation type="unfinished">Awtory 70 ýyldan gowrak ozal aradan çykan tekiz sungat eserleriniň (suratlar, çyzgylar, resminamalar) asylyna takyk laýyk gelýän suratlary ýa-da skanlary üçin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For works published in the USA long enough ago that copyright has expired there.</source>
        <translation type="unfinished">ABŞ-da şeýle ir çap edilip, ol ýerde awtorlyk hukugynyň möhleti geçen eserler üçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works made by US federal government employees in their duties.</source>
        <translation type="unfinished">ABŞ-nyň federal hökümetiniň işgärleri tarapyndan gulluk borçlaryny ýerine ýetirende döredilen eserler üçin.</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/listfield.py" line="+78"/>
        <source>Add to selected</source>
        <translation type="unfinished">Saýlananlara goş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished">Aýyr</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — batch default, on every file</source>
        <translation type="unfinished">%1 — tapgyryň umumy bahasy, her faýlda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set in File ▸ Batch defaults; every file of the batch gets it. Remove it there if it does not fit every photo.</source>
        <translation type="unfinished">Faýl ▸ Tapgyryň umumy bahalary penjiresinde bellenen; tapgyryň her faýly ony alýar. Her surata laýyk gelmeýän bolsa, ony şol ýerde aýyryň.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 of %3 files</source>
        <translation type="unfinished">%1 — %3 faýlyň %2-sinde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only some of the selected files have this. Add it again to give it to all of them.</source>
        <translation type="unfinished">Bu diňe saýlanan faýllaryň käbirinde bar. Hemmesine bermek üçin ony täzeden goşuň.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+33"/>
        <source>Enter your user name and bot password.</source>
        <translation type="unfinished">Ulanyjy adyňyzy we bot parolyňyzy giriziň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki has no such account. Check the user name (for a bot password: YourName@Suffix).</source>
        <translation type="unfinished">Wikide beýle hasap ýok. Ulanyjy adyny barlaň (bot paroly üçin: YourName@Suffix).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The wiki refused the password. Use the password Special:BotPasswords showed, with YourName@Suffix.</source>
        <translation type="unfinished">Wiki paroly kabul etmedi. Special:BotPasswords görkezen paroly YourName@Suffix bilen bilelikde ulanyň.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many login attempts. Wait a few minutes and try again.</source>
        <translation type="unfinished">Hasaba girmek synanyşyklary gaty köp. Birnäçe minut garaşyň we täzeden synanyşyň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not be reached. Check your connection.</source>
        <translation type="unfinished">Wiki bilen baglanyşyp bolmady. Internet birikmäňizi barlaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the login.</source>
        <translation type="unfinished">Wiki hasaba girmäge rugsat bermedi.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/logindialog.py" line="+13"/>
        <source>Log in to %1</source>
        <translation type="unfinished">%1 saýtynda hasaba gir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in with a &lt;b&gt;bot password&lt;/b&gt;: on the wiki, open Special:BotPasswords, make one (e.g. named &lt;i&gt;glamuploader&lt;/i&gt;, with the rights to edit, create pages and upload files) and log in here as &lt;i&gt;YourName@glamuploader&lt;/i&gt;. &lt;a href=&quot;%1&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation type="unfinished">&lt;b&gt;Bot paroly&lt;/b&gt; bilen hasaba giriň: wikide Special:BotPasswords sahypasyny açyň, täze bir bot paroly dörediň (meselem, &lt;i&gt;glamuploader&lt;/i&gt; atly, düzetmek, sahypa döretmek we faýl ýüklemek hukuklary bilen) we şu ýerde &lt;i&gt;YourName@glamuploader&lt;/i&gt; hökmünde hasaba giriň. &lt;a href=&quot;%1&quot;&gt;Bot parollary nähili işleýär&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>YourName@glamuploader</source>
        <translation type="unfinished">YourName@glamuploader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the password in the system keyring</source>
        <translation type="unfinished">Paroly ulgamyň açar ammarynda sakla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation type="unfinished">Ulanyjy ady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation type="unfinished">Parol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the sandbox wiki&apos;s test account</source>
        <translation type="unfinished">Synag wikisiniň synag hasabyny ulan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in</source>
        <translation type="unfinished">Hasaba gir</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+190"/>
        <source>Upload to:</source>
        <translation type="unfinished">Ýükleme ýeri:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki this batch goes to. Changing it can be undone.</source>
        <translation type="unfinished">Bu tapgyryň ýüklenjek wikisi. Ony üýtgetmegi yzyna alyp bolýar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upload to %1</source>
        <translation type="unfinished">Ýükleme ýeri: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Edit %1</source>
        <translation type="unfinished">Düzediş: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Import &amp;files…</source>
        <translation type="unfinished">&amp;Faýllary import et…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import fo&amp;lder…</source>
        <translation type="unfinished">&amp;Bukjany import et…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in from a &amp;museum spreadsheet…</source>
        <translation type="unfinished">&amp;Muzeý tablisasyndan doldur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open batch…</source>
        <translation type="unfinished">Tapgyry &amp;aç…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save batch &amp;as…</source>
        <translation type="unfinished">Tapgyry başga at bilen &amp;ýazdyr…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open session &amp;kit…</source>
        <translation type="unfinished">Çäre t&amp;oplumyny aç…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save defaults as kit…</source>
        <translation type="unfinished">Umumy bahalary toplum hökmünde ýazdyr…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch &amp;defaults…</source>
        <translation type="unfinished">Tapgyryň &amp;umumy bahalary…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move from batch</source>
        <translation type="unfinished">Tapgyrdan &amp;aýyr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Upload…</source>
        <translation type="unfinished">&amp;Ýükle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished">&amp;Ileri tutmalar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Çyk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New batch</source>
        <translation type="unfinished">&amp;Täze tapgyr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;About GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader &amp;barada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation type="unfinished">&amp;Gollanma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First-run assistant…</source>
        <translation type="unfinished">&amp;Ilkinji sazlama kömekçisi…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Yzyna al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Gaýtala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Faýl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Düzet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wiki</source>
        <translation type="unfinished">&amp;Wiki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Kömek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation type="unfinished">Esasy gurallar paneli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Goýbolsun et</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation type="unfinished">Meseleler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation type="unfinished">Deslapky syn</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Will be uploaded as: File:%1</source>
        <translation type="unfinished">Faýl şu at bilen ýüklener: File:%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2. Target: %3</source>
        <comment>files, errors, wiki</comment>
        <translation type="unfinished">%1, %2. Ýükleme ýeri: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform>%n faýl</numerusform>
            <numerusform>%n faýl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform>%n säwlik</numerusform>
            <numerusform>%n säwlik</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: suggestions come from earlier searches</source>
        <translation type="unfinished">Oflaýn: teklipler öňki gözleglerden alynýar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki or Wikidata cannot be reached. Categories and items you choose now are checked again when back online.</source>
        <translation type="unfinished">Wiki ýa-da Wikidata bilen baglanyşyp bolanok. Häzir saýlan kategoriýalaryňyz we elementleriňiz baglanyşyk dikelende täzeden barlanar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation type="unfinished">Onlaýn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New batch</source>
        <translation type="unfinished">Täze tapgyr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (read-only)</source>
        <translation type="unfinished">%1 (diňe okamak üçin)</translation>
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
        <translation type="unfinished">%1 häzir başga bir programma tarapyndan açylýar. Biraz soňra täzeden synanyşyň.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another copy of GLAM Uploader</source>
        <translation type="unfinished">başga bir işleýän GLAM Uploader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a glamuploader command</source>
        <translation type="unfinished">glamuploader buýrugy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is open in %2 (process %3 of %4 on %5, since %6). Only one may change it at a time. Open it read-only, to look without saving?</source>
        <translation type="unfinished">%1 başga ýerde açyk: %2 (%5 kompýuteri, %4 ulanyjysy, %3 prosesi, %6 wagtyndan bäri). Ony bir wagtda diňe biri üýtgedip biler. Ýazdyrmazdan görmek maksady bilen diňe okamak üçin açylsynmy?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open read-only</source>
        <translation type="unfinished">Diňe okamak üçin aç</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The batch file was damaged (%1). Its last good copy was opened instead; the damaged file is kept as %2.</source>
        <translation type="unfinished">Tapgyr faýly zaýalanypdyr (%1). Onuň ýerine soňky sag göçürmesi açyldy; zaýalanan faýl %2 hökmünde saklandy.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n file(s) that are not photos or other media were left out: %1</source>
        <translation type="unfinished">
            <numerusform>Surat ýa-da başga media bolmadyk %n faýl goşulmady: %1</numerusform>
            <numerusform>Surat ýa-da başga media bolmadyk %n faýl goşulmady: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n file(s) imported.</source>
        <translation type="unfinished">
            <numerusform>%n faýl import edildi.</numerusform>
            <numerusform>%n faýl import edildi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader barada</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="+23"/>
        <source>A better version of %1</source>
        <translation type="unfinished">%1 faýlynyň has gowy wersiýasy</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+17"/>
        <source>New version of %1</source>
        <translation type="unfinished">%1 faýlynyň täze wersiýasy</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="-10"/>
        <source>Import files</source>
        <translation type="unfinished">Faýllary import et</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a folder</source>
        <translation type="unfinished">Bukjany import et</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open batch</source>
        <translation type="unfinished">Tapgyry aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>GLAM Uploader batches (*.glam.yaml)</source>
        <translation type="unfinished">GLAM Uploader tapgyrlary (*.glam.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save batch as</source>
        <translation type="unfinished">Tapgyry başga at bilen ýazdyr</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+24"/>
        <source>%n cell(s) changed.</source>
        <translation type="unfinished">
            <numerusform>%n öýjük üýtgedildi.</numerusform>
            <numerusform>%n öýjük üýtgedildi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change batch defaults</source>
        <translation type="unfinished">Tapgyryň umumy bahalaryny üýtget</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Remove %n file(s)</source>
        <translation type="unfinished">
            <numerusform>%n faýly aýyr</numerusform>
            <numerusform>%n faýly aýyr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove %n file(s) from the batch?</source>
        <translation type="unfinished">
            <numerusform>%n faýl tapgyrdan aýrylsynmy?</numerusform>
            <numerusform>%n faýl tapgyrdan aýrylsynmy?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them are uploaded: the batch would no longer list their pages.</source>
        <translation type="unfinished">
            <numerusform>Olaryň %n-si ýüklenen: tapgyr indi olaryň sahypalaryny görkezmez.</numerusform>
            <numerusform>Olaryň %n-si ýüklenen: tapgyr indi olaryň sahypalaryny görkezmez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them have titles, descriptions or other values you gave.</source>
        <translation type="unfinished">
            <numerusform>Olaryň %n-sinde siziň beren atlaryňyz, düşündirişleriňiz ýa-da başga bahalaryňyz bar.</numerusform>
            <numerusform>Olaryň %n-sinde siziň beren atlaryňyz, düşündirişleriňiz ýa-da başga bahalaryňyz bar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files on disk are not touched, and Undo puts them back.</source>
        <translation type="unfinished">Diskdäki faýllara degilmeýär, “Yzyna al” bolsa olary yzyna gaýtarýar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation type="unfinished">Aýyr</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/mappingdialog.py" line="+22"/>
        <source>Columns of %1</source>
        <translation type="unfinished">%1 sütünleri</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s).</source>
        <translation type="unfinished">
            <numerusform>%n setir.</numerusform>
            <numerusform>%n setir.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as %1, columns separated by “%2”.</source>
        <translation type="unfinished">%1 hökmünde okaldy, sütünler “%2” bilen bölünen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what each column is; a column left as “not used” is not read.</source>
        <translation type="unfinished">Her sütüniň nämedigini saýlaň; “ulanylmaýar” diýlip goýlan sütün okalmaýar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not used</source>
        <translation type="unfinished">ulanylmaýar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file (name or path)</source>
        <translation type="unfinished">faýl (ady ýa-da ýoly)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>extra template parameter “%1”</source>
        <translation type="unfinished">goşmaça şablon parametri “%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>their order: the first row is the first file</source>
        <translation type="unfinished">tertibi: birinji setir — birinji faýl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Match rows to files by</source>
        <translation type="unfinished">Setirleri faýllara gabat getirmegiň usuly</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the files</source>
        <translation type="unfinished">Faýllary doldur</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/glamuploader/messages.py" line="+20"/>
        <source>The file is not there any more. Put it back, or remove it from the batch.</source>
        <translation type="unfinished">Faýl indi öz ýerinde ýok. Ony yzyna goýuň ýa-da tapgyrdan aýyryň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}). Check that it is not open elsewhere and that you may read it.</source>
        <translation type="unfinished">Faýly okap bolmaýar ({reason}). Onuň başga ýerde açyk däldigini we ony okamaga rugsadyňyzyň bardygyny barlaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty (0 bytes). Copy it again from the camera or the source.</source>
        <translation type="unfinished">Faýl boş (0 baýt). Ony kameradan ýa-da çeşmeden täzeden göçüriň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a kind of file Commons accepts (its content is not an image, sound, video or document we recognise).</source>
        <translation type="unfinished">Bu Commons-yň kabul edýän faýl görnüşi däl (onuň mazmuny biziň tanaýan şekil, ses, wideo ýa-da resminama görnüşimiz däl).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file seems cut short: the end of the image is missing. Copy it again from the source if you can.</source>
        <translation type="unfinished">Faýl doly däl ýaly: şekiliň soňy ýok. Mümkin bolsa, ony çeşmeden täzeden göçüriň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged and cannot be opened as an image ({reason}). Copy it again from the source.</source>
        <translation type="unfinished">Faýl zaýalanan we ony şekil hökmünde açyp bolmaýar ({reason}). Ony çeşmeden täzeden göçüriň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image says it is {width} × {height} pixels, more than {limit} pixels: it may be a decompression bomb. It was not opened.</source>
        <translation type="unfinished">Şekiliň ölçegi {width} × {height} piksel diýlip görkezilen, bu {limit} pikselden köp: ol dekompressiýa bombasy bolup biler. Ol açylmady.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name ends in .{extension} but the file is really {detected}. It will be uploaded as .{detected}.</source>
        <translation type="unfinished">Faýlyň ady .{extension} bilen gutarýar, emma faýl aslynda {detected}. Ol .{detected} hökmünde ýüklener.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data (EXIF) in this file cannot be read ({reason}); the date and location must be entered by hand.</source>
        <translation type="unfinished">Bu faýldaky kamera maglumatlaryny (EXIF) okap bolmaýar ({reason}); senäni we ýerleşýän ýeri el bilen girizmeli.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data field {tag} holds an impossible value ({value}); it was ignored.</source>
        <translation type="unfinished">Kamera maglumatlarynyň {tag} meýdanynda mümkin bolmadyk baha bar ({value}); ol ulanylmady.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name contains invisible control or text-direction characters; they are left out of the title.</source>
        <translation type="unfinished">Faýlyň adynda görünmeýän dolandyryş ýa-da tekst ugry nyşanlary bar; olar ada goşulmady.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file says only when it was last changed ({modified}), not when the photo was taken. Give the date, or leave it empty.</source>
        <translation type="unfinished">Faýlda suratyň haçan düşürilendigi däl-de, diňe iň soňky gezek haçan üýtgedilendigi görkezilen ({modified}). Senäni giriziň ýa-da boş goýuň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no title. Give it a title that says what the picture shows.</source>
        <translation type="unfinished">Faýlyň ady ýok. Oňa suratda nämäniň şekillendirilendigini aýdýan at beriň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is {bytes} bytes long; Commons allows {limit}. Shorten it (letters outside Latin take 2-4 bytes each).</source>
        <translation type="unfinished">Adyň uzynlygy {bytes} baýt; Commons {limit} baýta çenli rugsat berýär. Ony gysgaldyň (latyn elipbiýinden daşary harplaryň her biri 2-4 baýt alýar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short ({length} characters; at least {minimum}). Say what the picture shows.</source>
        <translation type="unfinished">At gaty gysga ({length} nyşan; azyndan {minimum}). Suratda nämäniň şekillendirilendigini ýazyň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains characters that cannot be in a file name: {chars}. Remove or replace them.</source>
        <translation type="unfinished">Atda faýlyň adynda bolup bilmeýän nyşanlar bar: {chars}. Olary aýyryň ýa-da çalşyň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains invisible characters ({chars}). Retype the title.</source>
        <translation type="unfinished">Atda görünmeýän nyşanlar bar ({chars}). Ady täzeden ýazyň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” looks like a name a camera gives; Commons refuses those. Give a title that says what the picture shows.</source>
        <translation type="unfinished">“{title}” kameranyň berýän adyna meňzeýär; Commons beýle atlary kabul etmeýär. Suratda nämäniň şekillendirilendigini aýdýan at beriň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is not in the normal Unicode form; it will be normalised.</source>
        <translation type="unfinished">At adaty Unicode görnüşinde däl; ol kadalaşdyrylar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title ends in .{extension} but the file is .{expected}.</source>
        <translation type="unfinished">At .{extension} bilen gutarýar, emma faýl .{expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another file of this batch has the same title ({other}). Make the titles different, e.g. with {{n}} in the title pattern.</source>
        <translation type="unfinished">Bu tapgyryň başga bir faýlynyň hem ady şeýle ({other}). Atlary dürli ediň, meselem, adyň nusgasynda {{n}} ulanyp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern uses {{{field}}}, which is not a known field.</source>
        <translation type="unfinished">Adyň nusgasynda {{{field}}} ulanylýar, beýle meýdan ýok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern “{pattern}” cannot be used: check its braces {{ }} and field names.</source>
        <translation type="unfinished">“{pattern}” adyň nusgasyny ulanyp bolmaýar: onuň {{ }} ýaýlaryny we meýdan atlaryny barlaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is the same as {other} in this batch (same content). Remove one of them.</source>
        <translation type="unfinished">Bu faýl şu tapgyrdaky {other} bilen birmeňzeş (mazmuny birmeňzeş). Olaryň birini aýyryň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title ({reason}). Choose a more descriptive title.</source>
        <translation type="unfinished">Wiki bu ada rugsat bermeýär ({reason}). Has manyly at saýlaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different file with this title is already on the wiki: {url}. Choose another title.</source>
        <translation type="unfinished">Wikide şu atly başga bir faýl eýýäm bar: {url}. Başga at saýlaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No licence is chosen. Choose the licence the author gave.</source>
        <translation type="unfinished">Ygtyýarnama saýlanmadyk. Awtoryň beren ygtyýarnamasyny saýlaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence “{license}” is not one this app knows. Choose one from the list.</source>
        <translation type="unfinished">“{license}” ygtyýarnamasy bu programma näbelli. Sanawdan birini saýlaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence {license} is only for your own work, but the source names someone else. Choose the licence the source gave.</source>
        <translation type="unfinished">{license} ygtyýarnamasy diňe öz işiňiz üçin, emma çeşmede başga biri görkezilen. Çeşmäniň beren ygtyýarnamasyny saýlaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No author is given. Name the photographer or creator.</source>
        <translation type="unfinished">Awtor görkezilmedik. Fotografyň ýa-da döredijiniň adyny ýazyň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No source is given. Say where the file comes from (a museum, a book, a web address).</source>
        <translation type="unfinished">Çeşme görkezilmedik. Faýlyň nireden alnandygyny ýazyň (muzeý, kitap, web salgysy).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no description. Add one in at least one language.</source>
        <translation type="unfinished">Düşündiriş ýok. Azyndan bir dilde düşündiriş goşuň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” is not a language code Commons knows.</source>
        <translation type="unfinished">“{language}” Commons-yň bilýän dil kody däl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” cannot be a language code. Use a code like en, tr or ar.</source>
        <translation type="unfinished">“{language}” dil kody bolup bilmez. en, tr ýa-da ar ýaly kod ulanyň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a date. Write it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation type="unfinished">“{value}” sene däl. Ony YYYY-MM-DD, YYYY-MM ýa-da YYYY görnüşinde ýazyň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is in the future. Check the camera&apos;s clock.</source>
        <translation type="unfinished">{value} senesi geljekde. Kameranyň sagadyny barlaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no category. Add at least one so people can find it.</source>
        <translation type="unfinished">Faýlyň kategoriýasy ýok. Adamlar ony tapyp biler ýaly azyndan bir kategoriýa goşuň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{category}” cannot be a category name.</source>
        <translation type="unfinished">“{category}” kategoriýa ady bolup bilmez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a Wikidata item id (like Q42).</source>
        <translation type="unfinished">“{value}” Wikidata elementiniň identifikatory däl (Q42 ýaly).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location {latitude}, {longitude} is not on Earth&apos;s map. Check latitude (−90…90) and longitude (−180…180).</source>
        <translation type="unfinished">{latitude}, {longitude} ýerleşýän ýeri Ýeriň kartasynda ýok. Giňligi (−90…90) we uzaklygy (−180…180) barlaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{template}” is not a single, complete template.</source>
        <translation type="unfinished">“{template}” ýeke-täk, doly şablon däl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” cannot be used for {field} in structured data. Give a Wikidata item id (like Q42), a web address starting with https://, or a user name, as the field asks.</source>
        <translation type="unfinished">“{value}” bahasyny gurluşly maglumatlarda {field} üçin ulanyp bolmaýar. Meýdanyň talabyna görä Wikidata elementiniň identifikatoryny (Q42 ýaly), https:// bilen başlanýan web salgyny ýa-da ulanyjy adyny giriziň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inventory number {value} is written to structured data only with the collection it belongs to. Add the collection&apos;s Wikidata item.</source>
        <translation type="unfinished">{value} inwentar belgisi gurluşly maglumatlara diňe özüniň degişli kolleksiýasy bilen bilelikde ýazylýar. Kolleksiýanyň Wikidata elementini goşuň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caption in {language} is {length} characters long; Commons allows {limit}. Shorten it: the description can say more.</source>
        <translation type="unfinished">{language} dilindäki ýazgynyň uzynlygy {length} nyşan; Commons {limit} nyşana çenli rugsat berýär. Ony gysgaldyň: düşündirişde has köp zat aýdyp bolýar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki as {title}: {url}. It will not be uploaded again.</source>
        <translation type="unfinished">Edil şu faýl wikide eýýäm {title} ady bilen bar: {url}. Ol gaýtadan ýüklenmez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept .{extension} files.</source>
        <translation type="unfinished">Wiki .{extension} faýllaryny kabul etmeýär.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is {size} bytes; the wiki accepts at most {limit}.</source>
        <translation type="unfinished">Faýlyň ölçegi {size} baýt; wiki iň köp {limit} baýt kabul edýär.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported. Import it again.</source>
        <translation type="unfinished">Faýl import edilenden soň diskde üýtgäpdir. Ony täzeden import ediň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported ({changed}). Its facts were read again and the new file will be sent; check that the title and description still fit.</source>
        <translation type="unfinished">Faýl import edilenden soň diskde üýtgäpdir ({changed}). Onuň maglumatlary täzeden okaldy we täze faýl iberiler; adyň we düşündirişiň henizem laýykdygyny barlaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not the name of a file on the wiki. Give the file to replace as File:Name.jpg, or clear the field to upload a new file.</source>
        <translation type="unfinished">“{value}” wikidäki faýlyň ady däl. Çalşyryljak faýly File:Name.jpg görnüşinde giriziň ýa-da täze faýl ýüklemek üçin meýdany arassalaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file {title} on the wiki to replace. Check the name, or clear “new version of” to upload a new file.</source>
        <translation type="unfinished">Wikide çalşyryljak {title} faýly ýok. Adyny barlaň ýa-da täze faýl ýüklemek üçin “Haýsy faýlyň täze wersiýasy” meýdanyny arassalaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new version keeps the file type: {title} is .{expected}, this file is .{extension}. Upload it as a new file instead.</source>
        <translation type="unfinished">Täze wersiýa faýlyň görnüşini üýtgedip bilmeýär: {title} — .{expected} faýly, bu faýl bolsa .{extension}. Ony täze faýl hökmünde ýükläň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is marked as a new version of {title}. Run upload with --new-versions to replace that file, or clear the mark.</source>
        <translation type="unfinished">Bu faýl {title} faýlynyň täze wersiýasy diýlip bellenen. Şol faýly çalyşmak üçin ýükleme buýrugyny (upload) --new-versions bilen işlediň ýa-da belligi aýyryň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a privacy choice. Use “location” (remove the place) or “camera” (remove all camera data), or leave it empty.</source>
        <translation type="unfinished">“{value}” gizlinlik saýlawy däl. “location” (ýeri aýyrmak) ýa-da “camera” (kameranyň ähli maglumatlaryny aýyrmak) ýazyň ýa-da boş goýuň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location or camera data cannot be removed from a .{kind} file without changing its pixels ({detail}). Remove it with another program, or clear the privacy choice.</source>
        <translation type="unfinished">Ýerleşýän ýeri ýa-da kamera maglumatlaryny .{kind} faýlyndan onuň pikselleri üýtgedilmezden aýyryp bolmaýar ({detail}). Olary başga programma bilen aýyryň ýa-da gizlinlik saýlawyny arassalaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .{kind} file cannot be turned without changing its pixels: only JPEG photos are turned, by their orientation tag. Turn it in a photo editor and import it again, or set the turn back to none.</source>
        <translation type="unfinished">.{kind} faýlyny pikselleri üýtgedilmezden aýlap bolmaýar: diňe JPEG suratlar orientasiýa belligi arkaly aýlanýar. Ony surat redaktorynda aýlaň we täzeden import ediň ýa-da aýlamany ýatyryň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo could not be turned: {reason}. Export it again from the camera or editor, or set the turn back to none.</source>
        <translation type="unfinished">Suraty aýlap bolmady: {reason}. Ony kameradan ýa-da redaktordan täzeden eksport ediň ýa-da aýlamany ýatyryň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged where its camera data is kept ({detail}), so no cleaned copy could be made. Export it again from the camera or editor.</source>
        <translation type="unfinished">Faýlyň kamera maglumatlary saklanýan bölegi zaýalanan ({detail}), şonuň üçin arassalanan göçürmäni döredip bolmady. Ony kameradan ýa-da redaktordan täzeden eksport ediň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Did you mean “{suggestion}”?</source>
        <translation type="unfinished">Wikide “{category}” kategoriýasy ýok. “{suggestion}” diýjek bolduňyzmy?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Check the spelling, choose an existing category, or create this one first.</source>
        <translation type="unfinished">Wikide “{category}” kategoriýasy ýok. Ýazylyşyny barlaň, bar bolan kategoriýany saýlaň ýa-da ilki bu kategoriýany dörediň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category “{category}” was moved to “{target}”. Use “{target}” instead.</source>
        <translation type="unfinished">“{category}” kategoriýasy “{target}” adyna geçirildi. Onuň ýerine “{target}” kategoriýasyny ulanyň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} could not be confirmed as a Wikidata item (not found, or Wikidata could not be reached and it is not in the lookups cache). Check the Q-id.</source>
        <translation type="unfinished">{value} bahasynyň Wikidata elementidigini tassyklap bolmady (tapylmady ýa-da Wikidata bilen baglanyşyp bolmady we ol gözlegleriň keşinde ýok). Q-identifikatory barlaň.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file does not exist.</source>
        <translation type="unfinished">Faýl ýok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}).</source>
        <translation type="unfinished">Faýly okap bolmaýar ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file is damaged or was changed by hand in a way the app cannot read ({reason}). Open its last good copy (the same name ending in .bak, beside it), or undo the hand edit in a text editor.</source>
        <translation type="unfinished">Tapgyr faýly zaýalanan ýa-da programmanyň okap bilmeýän görnüşinde el bilen üýtgedilen ({reason}). Onuň soňky sag göçürmesini açyň (gapdalyndaky şol bir atly, .bak bilen gutarýan faýl) ýa-da el bilen edilen üýtgeşmäni tekst redaktorynda yzyna alyň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file holds an instruction that could run a program ({reason}), so it was not read. If you did not put it there, use the last good copy (the same name ending in .bak).</source>
        <translation type="unfinished">Tapgyr faýlynda programmany işledip biljek buýruk bar ({reason}), şonuň üçin ol okalmady. Ony ol ýere siz goýmadyk bolsaňyz, soňky sag göçürmäni ulanyň (şol bir atly, .bak bilen gutarýan faýl).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses shorthand (&amp; and * marks) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation type="unfinished">Tapgyr faýlynda bu programmanyň okamaýan gysgaltmalary (&amp; we * belgileri) ulanylýar. Her bahany tekst redaktorynda doly ýazyň ýa-da soňky sag göçürmäni (.bak) ulanyň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses a shorthand merge (&lt;&lt;) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation type="unfinished">Tapgyr faýlynda bu programmanyň okamaýan gysgaldylan birleşdirmesi (&lt;&lt;) ulanylýar. Her bahany tekst redaktorynda doly ýazyň ýa-da soňky sag göçürmäni (.bak) ulanyň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large to be a batch ({size} bytes).</source>
        <translation type="unfinished">Faýl tapgyr bolmak üçin gaty uly ({size} baýt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value here is {size} bytes long; no field of a batch is longer than {limit}. Remove it in a text editor, or restore a copy.</source>
        <translation type="unfinished">Bu ýerdäki bahanyň uzynlygy {size} baýt; tapgyryň hiç bir meýdany {limit} baýtdan uzyn däldir. Ony tekst redaktorynda pozuň ýa-da göçürmeden dikeldiň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a {expected} file.</source>
        <translation type="unfinished">Bu {expected} faýly däl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has format {format}; this version of the app reads format {supported}. Update the app.</source>
        <translation type="unfinished">Faýlyň formaty {format}; programmanyň bu wersiýasy {supported} formatyny okaýar. Programmany täzeläň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field “{field}” should be {expected}.</source>
        <translation type="unfinished">“{field}” meýdany {expected} bolmaly.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet cannot be read ({reason}). Open it in your spreadsheet program and save it again as CSV, XLSX or ODS.</source>
        <translation type="unfinished">Tablisany okap bolmaýar ({reason}). Ony tablisa programmaňyzda açyň we CSV, XLSX ýa-da ODS hökmünde täzeden ýazdyryň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet has no header row. Its first row should name the columns (for example “accession number”, “title”).</source>
        <translation type="unfinished">Tablisada sütün atlary ýazylan setir ýok. Onuň birinji setirinde sütünleriň atlary bolmaly (meselem, “inwentar belgisi”, “at”).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wiki has not yet given the number of the new file page, so its captions and statements could not be written now.</source>
        <extracomment>why one file was not uploaded, by ``UploadOutcome.error`` (see wiki/upload.py); the wiki&apos;s own words follow in brackets</extracomment>
        <translation type="unfinished">Wiki täze faýl sahypasynyň belgisini heniz bermedi, şonuň üçin onuň ýazgylaryny we beýanlaryny häzir ýazyp bolmady.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different file already has this title on the wiki. Choose another title.</source>
        <translation type="unfinished">Wikide başga bir faýlyň eýýäm şu ady bar. Başga at saýlaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title. Choose a more descriptive title.</source>
        <translation type="unfinished">Wiki bu ada rugsat bermeýär. Has manyly at saýlaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has characters a file name on the wiki cannot have. Change the title.</source>
        <translation type="unfinished">Atda wikidäki faýl adynda bolup bilmeýän nyşanlar bar. Ady üýtgediň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short for the wiki. Give a longer, descriptive title.</source>
        <translation type="unfinished">At wiki üçin gaty gysga. Has uzyn, manyly at beriň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too long for the wiki. Shorten it.</source>
        <translation type="unfinished">At wiki üçin gaty uzyn. Ony gysgaldyň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has no file extension the wiki accepts for this file. Check the file type.</source>
        <translation type="unfinished">Atda wikiniň bu faýl üçin kabul edýän faýl giňeltmesi ýok. Faýlyň görnüşini barlaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept this type of file.</source>
        <translation type="unfinished">Wiki bu görnüşdäki faýly kabul etmeýär.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki discourages this type of file. Convert it to a preferred format.</source>
        <translation type="unfinished">Wiki bu görnüşdäki faýllary maslahat bermeýär. Ony ileri tutulýan formata öwrüň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki found the file&apos;s content does not match its type, or it is damaged.</source>
        <translation type="unfinished">Wiki faýlyň mazmunynyň onuň görnüşine laýyk gelmeýändigini ýa-da faýlyň zaýalanandygyny anyklady.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is larger than the wiki accepts.</source>
        <translation type="unfinished">Faýl wikiniň kabul edýäninden uly.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty. Check that it was copied completely.</source>
        <translation type="unfinished">Faýl boş. Onuň doly göçürilendigini barlaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is no longer where it was imported from. Put it back, or remove it from the batch.</source>
        <translation type="unfinished">Faýl indi import edilen ýerinde ýok. Ony yzyna goýuň ýa-da tapgyrdan aýyryň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki.</source>
        <translation type="unfinished">Edil şu faýl wikide eýýäm bar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file with this title was deleted from the wiki before. Check why before uploading again.</source>
        <translation type="unfinished">Şu atly faýl öň wikiden öçürilipdir. Täzeden ýüklemezden öň sebäbini barlaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file was uploaded before and deleted. Check why before uploading again.</source>
        <translation type="unfinished">Edil şu faýl öň ýüklenipdir we öçürilipdir. Täzeden ýüklemezden öň sebäbini barlaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title starts like a camera file name. Give a descriptive title.</source>
        <translation type="unfinished">At kameranyň faýl ady ýaly başlanýar. Manyly at beriň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki changed the title because it had characters a file name cannot have.</source>
        <translation type="unfinished">Wiki ady üýtgetdi, sebäbi onda faýl adynda bolup bilmeýän nyşanlar bardy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file looks like a thumbnail of another file. Upload the full-size original.</source>
        <translation type="unfinished">Faýl başga bir faýlyň miniatýurasyna meňzeýär. Doly ölçegli asyl faýly ýükläň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title looks like a thumbnail&apos;s name (it starts with a size). Change the title.</source>
        <translation type="unfinished">At miniatýuranyň adyna meňzeýär (ölçeg bilen başlanýar). Ady üýtgediň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploads are switched off on this wiki.</source>
        <translation type="unfinished">Bu wikide ýükleme öçürilen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the file without saying why. Try again later, or upload it by hand to see the reason.</source>
        <translation type="unfinished">Wiki faýly sebäbini aýtman kabul etmedi. Soňrak täzeden synanyşyň ýa-da sebäbini görmek üçin ony el bilen ýükläň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki asked us to slow down (rate limit) and the file was tried several times. Upload again later to go on.</source>
        <translation type="unfinished">Wiki haýallamagy haýyş etdi (tizlik çägi) we faýl birnäçe gezek iberilip görüldi. Dowam etmek üçin soňrak täzeden ýükläň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki&apos;s servers were too busy and the file was tried several times. Upload again later to go on.</source>
        <translation type="unfinished">Wikiniň serwerleri gaty işli boldy we faýl birnäçe gezek iberilip görüldi. Dowam etmek üçin soňrak täzeden ýükläň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki is read-only for maintenance. Upload again later to go on.</source>
        <translation type="unfinished">Wiki tehniki hyzmat sebäpli diňe okamak tertibinde. Dowam etmek üçin soňrak täzeden ýükläň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not keep the file&apos;s pieces (chunks). Upload again to go on.</source>
        <translation type="unfinished">Wiki faýlyň böleklerini saklap bilmedi. Dowam etmek üçin täzeden ýükläň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login session ended and could not be renewed in time. Upload again to go on.</source>
        <translation type="unfinished">Giriş sessiýasy gutardy we ony öz wagtynda täzeläp bolmady. Dowam etmek üçin täzeden ýükläň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not be reached. Check the connection; the upload can be resumed.</source>
        <translation type="unfinished">Wiki bilen baglanyşyp bolmady. Birikmäni barlaň; ýüklemäni dowam etdirip bolar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not logged in, or the session expired. Log in again.</source>
        <translation type="unfinished">Siz hasaba girmänsiňiz ýa-da sessiýanyň möhleti geçdi. Täzeden hasaba giriň.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The wiki answered with an error the app does not know ({code}). Upload again later; if it stays, upload this file by hand to see more.</source>
        <extracomment>for an error code the app has no words for: the wiki&apos;s code and text, and what to do</extracomment>
        <translation type="unfinished">Wiki programma näbelli säwlik bilen jogap berdi ({code}). Soňrak täzeden ýükläň; säwlik gaýtalansa, jikme-jik görmek üçin bu faýly el bilen ýükläň.</translation>
    </message>
</context>
<context>
    <name>MuseumFields</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+35"/>
        <source>Museum object</source>
        <translation type="unfinished">Muzeý eksponaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fields of the page&apos;s museum template. An artist or institution can be text, a template such as {{Creator:William Blake}}, or a Wikidata Q-id.</source>
        <translation type="unfinished">Sahypanyň muzeý şablonynyň meýdanlary. Suratkeş ýa-da edara ýönekeý tekst, {{Creator:William Blake}} ýaly şablon ýa-da Wikidata Q-identifikatory bolup biler.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(saýlanan faýllarda dürli)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — tapgyryň umumy bahalaryndan</translation>
    </message>
</context>
<context>
    <name>MuseumSheet</name>
    <message>
        <location filename="../src/glamuploader/ui/museumsheet.py" line="+18"/>
        <location line="+55"/>
        <source>Fill in from a museum spreadsheet</source>
        <translation type="unfinished">Muzeý tablisasyndan doldur</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</source>
        <translation type="unfinished">Tablisalar (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fill in from %1</source>
        <translation type="unfinished">%1 faýlyndan doldur</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>row %1</source>
        <translation type="unfinished">setir %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished">setir %1, sütün %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source> … and %1 more</source>
        <translation type="unfinished"> … we ýene %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cells to mend in the spreadsheet:</source>
        <translation type="unfinished">Tablisada düzedilmeli öýjükler:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was dropped: rows without a file stay in the spreadsheet, and files without a row keep what they had. Undo takes the whole filling back.</source>
        <translation type="unfinished">Hiç zat ýitmedi: faýly bolmadyk setirler tablisada galýar, setiri bolmadyk faýllar bolsa öňki bahalaryny saklaýar. “Yzyna al” doldurmagy doly yzyna gaýtarýar.</translation>
    </message>
</context>
<context>
    <name>PageTemplateBox</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+48"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — tapgyryň umumy bahalaryndan</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/preferences.py" line="+28"/>
        <source>Wikimedia Commons</source>
        <translation type="unfinished">Wikimedia Commons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta Commons (for testing)</source>
        <translation type="unfinished">Beta Commons (synag üçin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local sandbox wiki (on this computer)</source>
        <translation type="unfinished">Ýerli synag wikisi (şu kompýuterde)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preferences</source>
        <translation type="unfinished">Ileri tutmalar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The wiki a new batch goes to: choose one, or type the address of any MediaWiki&apos;s api.php. The open batch&apos;s wiki is chosen in the toolbar.</source>
        <translation type="unfinished">Täze tapgyryň ýüklenjek wikisi: birini saýlaň ýa-da islendik MediaWiki saýtynyň api.php salgysyny ýazyň. Açyk tapgyryň wikisi gurallar panelinde saýlanýar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">meselem, [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose per batch</source>
        <translation type="unfinished">Her tapgyr üçin aýratyn saýlanýar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> px</source>
        <translation type="unfinished"> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload new batches to</source>
        <translation type="unfinished">Täze tapgyrlaryň ýükleme ýeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the app</source>
        <translation type="unfinished">Programmanyň dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default author</source>
        <translation type="unfinished">Adaty awtor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default licence</source>
        <translation type="unfinished">Adaty ygtyýarnama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail size</source>
        <translation type="unfinished">Miniatýura ölçegi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiki, bot password, author and licence, step by step…</source>
        <translation type="unfinished">Wiki, bot paroly, awtor we ygtyýarnama — ädimme-ädim…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first-run assistant: it can check your bot password</source>
        <translation type="unfinished">Ilkinji sazlama kömekçisi: ol bot parolyňyzy barlap bilýär</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/previewpanel.py" line="+53"/>
        <source>Wikitext</source>
        <translation type="unfinished">Wikitekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structured data</source>
        <translation type="unfinished">Gurluşly maglumatlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered page</source>
        <translation type="unfinished">Sahypanyň görnüşi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captions and statements (depicts, licence, date, location…) written to the file after upload.</source>
        <translation type="unfinished">Ýüklemeden soň faýla ýazylýan ýazgylar we beýanlar (şekillendirilen, ygtyýarnama, sene, ýerleşýän ýeri…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show as JSON (what is sent to the wiki)</source>
        <translation type="unfinished">JSON görnüşinde görkez (wiki üçin iberilýän maglumat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show it as the wiki renders it</source>
        <translation type="unfinished">Wikiniň görkezişi ýaly görkez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the wiki to render the page; nothing is saved there</source>
        <translation type="unfinished">Wikiden sahypany taýýarlamagy soraýar; ol ýerde hiç zat ýazdyrylmaýar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a file to see the page that will be sent.</source>
        <translation type="unfinished">Iberiljek sahypany görmek üçin faýl saýlaň.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one file, then ask the wiki to render its page.</source>
        <translation type="unfinished">Bir faýl saýlaň, soňra wikiden onuň sahypasyny taýýarlamagy soraň.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Caption (%1)</source>
        <translation type="unfinished">Ýazgy (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depicts</source>
        <translation type="unfinished">Şekillendirilen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creator</source>
        <translation type="unfinished">Dörediji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation type="unfinished">Ygtyýarnama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright status</source>
        <translation type="unfinished">Awtorlyk hukugynyň ýagdaýy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source of file</source>
        <translation type="unfinished">Faýlyň çeşmesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished">Sene</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the photo was taken</source>
        <translation type="unfinished">Suratyň düşürilen ýeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place shown</source>
        <translation type="unfinished">Suratdaky ýer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reproduces the artwork</source>
        <translation type="unfinished">Göçürmesi bolan sungat eseri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection</source>
        <translation type="unfinished">Kolleksiýa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inventory number</source>
        <translation type="unfinished">Inwentar belgisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author&apos;s name</source>
        <translation type="unfinished">Awtoryň ady</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wikimedia user name</source>
        <translation type="unfinished">Wikimedia ulanyjy ady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation type="unfinished">Web salgysy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Described at</source>
        <translation type="unfinished">Düşündirilen ýeri</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking the wiki…</source>
        <translation type="unfinished">Wikiden soralýar…</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/problemspanel.py" line="+87"/>
        <source>File</source>
        <translation type="unfinished">Faýl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation type="unfinished">Meýdan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation type="unfinished">Mesele</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(batch)</source>
        <translation type="unfinished">(tapgyr)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Accept warning</source>
        <translation type="unfinished">Duýduryşy kabul et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload anyway: the selected warning is not shown again for this file</source>
        <translation type="unfinished">Barybir ýükle: saýlanan duýduryş bu faýl üçin gaýtadan görkezilmez</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No problems.</source>
        <translation type="unfinished">Mesele ýok.</translation>
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
            <numerusform>%n säwlik (ýüklemezden öň düzedilmeli)</numerusform>
            <numerusform>%n säwlik (ýüklemezden öň düzedilmeli)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform>%n duýduryş</numerusform>
            <numerusform>%n duýduryş</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../src/glamuploader/ui/qtwords.py" line="+20"/>
        <source>&amp;OK</source>
        <translation type="unfinished">&amp;OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Ýazdyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Goýbolsun et</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Ýap</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Yzyna al</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Gaýtala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">&amp;Kes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">Gö&amp;çür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">G&amp;oý</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation type="unfinished">Öçür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation type="unfinished">Ählisini saýla</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+3"/>
        <source>Show Details...</source>
        <translation type="unfinished">Jikme-jiklikleri görkez...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide Details...</source>
        <translation type="unfinished">Jikme-jiklikleri gizle...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-16"/>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation type="unfinished">Ýazdyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation type="unfinished">Aç</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Hawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Ýok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation type="unfinished">Ýap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Goýbolsun et</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation type="unfinished">Ret et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation type="unfinished">Kömek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation type="unfinished">Ulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation type="unfinished">Täzeden düz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation type="unfinished">Täzeden synanyş</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+9"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Göçür</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">&amp;Çykgydyň salgysyny göçür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation type="unfinished">Ählisini saýla</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-7"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished">&lt; &amp;Yza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished">&amp;Indiki &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation type="unfinished">&amp;Tamamla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Kömek</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/replacedialog.py" line="+11"/>
        <source>Find and replace</source>
        <translation type="unfinished">Tap we çalyş</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In column</source>
        <translation type="unfinished">Sütün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation type="unfinished">Tap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation type="unfinished">Ýerine goýuljak tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace all</source>
        <translation type="unfinished">Hemmesini çalyş</translation>
    </message>
</context>
<context>
    <name>Scenes</name>
    <message>
        <location filename="../src/glamuploader/ui/scenes.py" line="+29"/>
        <source>Select the &amp;whole scene</source>
        <translation type="unfinished">Tutuş &amp;sahnany saýla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the photos taken with the selected one, without a gap of 20 minutes or 300 m walked between them (key: S)</source>
        <translation type="unfinished">Saýlanan surat bilen bilelikde düşürilen, aralarynda 20 minutlyk arakesme ýa-da 300 m ýöreliş bolmadyk suratlary saýla (düwme: S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a photo of the scene first.</source>
        <translation type="unfinished">Ilki sahnanyň bir suratyny saýlaň.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n photo(s) of this scene selected: what you write in the editor now goes to all of them.</source>
        <translation type="unfinished">
            <numerusform>Bu sahnanyň %n suraty saýlandy: indi redaktorda ýazan zadyňyz olaryň hemmesine degişli bolar.</numerusform>
            <numerusform>Bu sahnanyň %n suraty saýlandy: indi redaktorda ýazan zadyňyz olaryň hemmesine degişli bolar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stacks</name>
    <message>
        <location filename="../src/glamuploader/ui/stacks.py" line="+64"/>
        <source>&amp;Stack similar photos</source>
        <translation type="unfinished">&amp;Meňzeş suratlary üýşür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show each burst or near-duplicate as one photo with a count; Space on it compares them</source>
        <translation type="unfinished">Yzly-yzyna düşürilen her topar suraty ýa-da diýen ýaly birmeňzeş suratlary sany ýazylan bir surat hökmünde görkez; onuň üstünde Space basylsa, olar deňeşdirilýär</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep the best of each stack</source>
        <translation type="unfinished">&amp;Her üýşmekden iň gowusyny sakla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In every stack, pick the photo with most stars (or the one picked, or the first) and reject the others</source>
        <translation type="unfinished">Her üýşmekde iň köp ýyldyzly suraty (ýa-da saýlanyp alnanyny, ýa-da birinjisini) saýlap al we beýlekilerini ret et</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation type="unfinished">Goýbolsun et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding similar photos: %v of %m</source>
        <translation type="unfinished">Meňzeş suratlar gözlenýär: %v / %m</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n stack(s) of similar photos.</source>
        <translation type="unfinished">
            <numerusform>Meňzeş suratlardan %n üýşmek düzüldi.</numerusform>
            <numerusform>Meňzeş suratlardan %n üýşmek düzüldi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Similar photos could not be found: %1</source>
        <translation type="unfinished">Meňzeş suratlary gözläp bolmady: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The selected photo is in no stack of similar photos. Turn on Edit ▸ Stack similar photos to find them.</source>
        <translation type="unfinished">Saýlanan surat meňzeş suratlaryň hiç bir üýşmeginde ýok. Olary tapmak üçin Düzet ▸ Meňzeş suratlary üýşür buýrugyny işjeňleşdiriň.</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <location filename="../src/glamuploader/ui/tableview.py" line="+29"/>
        <source>file</source>
        <translation type="unfinished">faýl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file name</source>
        <translation type="unfinished">faýl ady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned title</source>
        <translation type="unfinished">meýilleşdirilen at</translation>
    </message>
</context>
<context>
    <name>TemplateFields</name>
    <message>
        <location filename="../src/glamuploader/ui/fieldnames.py" line="+11"/>
        <source>Artist</source>
        <translation type="unfinished">Suratkeş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation type="unfinished">Awtor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation type="unfinished">At</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation type="unfinished">Düşündiriş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished">Sene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation type="unfinished">Material we tehnika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation type="unfinished">Ölçegler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation type="unfinished">Edara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation type="unfinished">Bölüm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accession number</source>
        <translation type="unfinished">Inwentar belgisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit line</source>
        <translation type="unfinished">Minnetdarlyk setiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished">Çeşme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission</source>
        <translation type="unfinished">Rugsat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Other versions</source>
        <translation type="unfinished">Beýleki wersiýalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted people</source>
        <translation type="unfinished">Şekillendirilen adamlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted place</source>
        <translation type="unfinished">Şekillendirilen ýer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of creation</source>
        <translation type="unfinished">Döredilen ýeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of discovery</source>
        <translation type="unfinished">Tapylan ýeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object history</source>
        <translation type="unfinished">Eksponatyň taryhy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibition history</source>
        <translation type="unfinished">Sergiler taryhy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inscriptions</source>
        <translation type="unfinished">Ýazuwlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished">Bellikler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation type="unfinished">Salgylanmalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item</source>
        <translation type="unfinished">Wikidata elementi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photographer</source>
        <translation type="unfinished">Fotograf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the artwork</source>
        <translation type="unfinished">Eseriň ygtyýarnamasy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo description</source>
        <translation type="unfinished">Suratyň düşündirişi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the photo</source>
        <translation type="unfinished">Suratyň senesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the photo</source>
        <translation type="unfinished">Suratyň ygtyýarnamasy</translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/delegate.py" line="+105"/>
        <source>%n similar</source>
        <translation type="unfinished">
            <numerusform>%n meňzeş</numerusform>
            <numerusform>%n meňzeş</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/uploadpanel.py" line="+96"/>
        <source>Upload to %1</source>
        <translation type="unfinished">Ýükleme ýeri: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in…</source>
        <translation type="unfinished">Hasaba gir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Start upload</source>
        <translation type="unfinished">Ýüklemäni başlat</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+164"/>
        <source>Resume</source>
        <translation type="unfinished">Dowam et</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Pause</source>
        <translation type="unfinished">Wagtlaýyn togtat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the file that is going up now; a big file stops after its current chunk and goes on from there</source>
        <translation type="unfinished">Häzir ýüklenýän faýldan soň wagtlaýyn togtat; uly faýl häzirki böleginden soň togtaýar we soňra şol ýerden dowam edýär</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after the file that is going up now and close; what was uploaded stays recorded</source>
        <translation type="unfinished">Häzir ýüklenýän faýldan soň togtat we ýap; ýüklenenler bellige alnan bolup galýar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry failed</source>
        <translation type="unfinished">Şowsuzlary täzeden iber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report (CSV)…</source>
        <translation type="unfinished">Hasabaty ýazdyr (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy gallery wikitext</source>
        <translation type="unfinished">Galereýanyň wikitekstini göçür</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation type="unfinished">Faýl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished">Ýagdaý</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File page</source>
        <translation type="unfinished">Faýl sahypasy</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending…</source>
        <translation type="unfinished">Ibermezden öň faýllara seredilýär…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not logged in to %1.</source>
        <translation type="unfinished">%1 saýtynda hasaba girilmedik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in to %1 as %2.</source>
        <translation type="unfinished">%1 saýtynda %2 hökmünde hasaba girildi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation type="unfinished">Ýap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished">Goýbolsun et</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log in and upload…</source>
        <translation type="unfinished">Hasaba gir we ýükle…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%v of %m files</source>
        <translation type="unfinished">%m faýldan %v</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Logging in…</source>
        <translation type="unfinished">Hasaba girilýär…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Login failed: %1</source>
        <translation type="unfinished">Hasaba girip bolmady: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The files are checked; sending them now.</source>
        <translation type="unfinished">Faýllar barlandy; indi iberilýär.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Waiting %1 s: this account may upload only so many files an hour (the wiki&apos;s rate limit)</source>
        <translation type="unfinished">%1 sekunt garaşylýar: bu hasap bir sagatda diňe çäkli sanda faýl ýükläp bilýär (wikiniň tizlik çägi)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The wiki is busy; trying %1 again in %2 s</source>
        <translation type="unfinished">Wiki işli; %1 %2 sekuntdan täzeden iberiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki did not answer; trying %1 again in %2 s</source>
        <translation type="unfinished">Wiki jogap bermedi; %1 %2 sekuntdan täzeden iberiler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uploading %1</source>
        <translation type="unfinished">%1 ýüklenýär</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopping after the file that is going up now…</source>
        <translation type="unfinished">Häzir ýüklenýän faýldan soň togtadylar…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About %1 min %2 s left</source>
        <translation type="unfinished">Takmynan %1 minut %2 sekunt galdy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uploaded, %2 already on the wiki, %3 failed.</source>
        <translation type="unfinished">%1 ýüklendi, %2 eýýäm wikide bar, %3 şowsuz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused.</source>
        <translation type="unfinished">Wagtlaýyn togtadyldy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wiki has no structured data: captions and statements were not written.</source>
        <translation type="unfinished">Bu wikide gurluşly maglumatlar ýok: ýazgylar we beýanlar ýazylmady.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending (still there, changed since import): %1 of %2…</source>
        <translation type="unfinished">Ibermezden öň faýllara seredilýär (ýerindemi, importdan soň üýtgemedimi): %2 faýldan %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upload journal was damaged. It is kept as %1 and a new one was begun. Nothing is lost: files already on the wiki are found by their checksum.</source>
        <translation type="unfinished">Ýükleme gündeligi zaýalanypdyr. Ol %1 hökmünde saklandy we täzesi başlandy. Hiç zat ýitmedi: wikide eýýäm bar bolan faýllar barlag jemi boýunça tapylýar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save report</source>
        <translation type="unfinished">Hasabaty ýazdyr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV faýllary (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report is saved as %1.</source>
        <translation type="unfinished">Hasabat %1 hökmünde ýazdyryldy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gallery wikitext is on the clipboard.</source>
        <translation type="unfinished">Galereýanyň wikiteksti alyş-çalyş buferine göçürildi.</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../src/glamuploader/ui/viewer.py" line="+284"/>
        <source>This file cannot be shown: it is not a picture the viewer can read, or it is damaged. Check it in the list of problems.</source>
        <translation type="unfinished">Bu faýly görkezip bolmaýar: ol programmanyň okap bilýän şekili däl ýa-da zaýalanan. Ony meseleler sanawynda barlaň.</translation>
    </message>
</context>
<context>
    <name>_LocationEditor</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/fieldwidgets.py" line="+105"/>
        <source>latitude</source>
        <translation type="unfinished">giňlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude</source>
        <translation type="unfinished">uzaklyk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heading °</source>
        <translation type="unfinished">ugur °</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation type="unfinished">Karta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this place on OpenStreetMap in your browser</source>
        <translation type="unfinished">Bu ýeri brauzeriňizde OpenStreetMap-da görkez</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>removed from the upload</source>
        <translation type="unfinished">ýüklenýän göçürmeden aýryldy</translation>
    </message>
</context>
<context>
    <name>_TextRow</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="-40"/>
        <source>Remove this language</source>
        <translation type="unfinished">Bu dili aýyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(saýlanan faýllarda dürli)</translation>
    </message>
</context>
</TS>
