<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz">
<context>
    <name>About</name>
    <message>
        <location filename="../src/glamuploader/ui/about.py" line="+24"/>
        <source>New batches</source>
        <translation type="unfinished">Yangi toʻplamlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload journal (what reached the wiki, for resuming)</source>
        <translation type="unfinished">Yuklash jurnali (vikiga yetib borganlar; davom ettirish uchun)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbnails and lookups cache</source>
        <translation type="unfinished">Miniatyuralar va qidiruvlar keshi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch uploads of photos and scans to Wikimedia Commons, with structured data.</source>
        <translation type="unfinished">Surat va skanlarni Vikiomborga toʻplam holida, tuzilmaviy maʼlumotlari bilan birga yuklash.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished">GNU GPL litsenziyasining 3-versiyasi yoki undan keyingi versiyasi asosidagi erkin dasturiy taʼminot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your files live:</source>
        <translation type="unfinished">Fayllaringiz qayerda saqlanadi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built on:</source>
        <translation type="unfinished">Quyidagilar asosida yaratilgan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a crash: open the app again. Your batch is saved as you work, and the journal knows which files reached the wiki; Upload goes on without sending any file twice.</source>
        <translation type="unfinished">Dastur kutilmaganda yopilsa, uni qayta oching. Toʻplamingiz ish davomida saqlanib boriladi, jurnal esa qaysi fayllar vikiga yetib borganini biladi: “Yuklash” hech bir faylni ikki marta yubormasdan davom etadi.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reviewed translations: %1.</source>
        <translation type="unfinished">Tekshirilgan tarjimalar: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet reviewed by a native speaker: %1. Corrections are welcome (translations/README.md says how).</source>
        <translation type="unfinished">Ona tilida soʻzlashuvchi tomonidan hali tekshirilmagan: %1. Tuzatishlar mamnuniyat bilan qabul qilinadi (qanday yuborish translations/README.md faylida tushuntirilgan).</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../src/glamuploader/ui/delegate.py" line="+19"/>
        <source>problem</source>
        <translation type="unfinished">muammo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation type="unfinished">tayyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploading</source>
        <translation type="unfinished">yuklanmoqda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded</source>
        <translation type="unfinished">yuklandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded, data pending</source>
        <translation type="unfinished">yuklandi, maʼlumotlar kutilmoqda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation type="unfinished">muvaffaqiyatsiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate</source>
        <translation type="unfinished">dublikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation type="unfinished">rad etilgan</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/tableview.py" line="+312"/>
        <source>Paste %n cell(s)</source>
        <translation type="unfinished">
            <numerusform>%n ta katakni qoʻyish</numerusform>
            <numerusform>%n ta katakni qoʻyish</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill down</source>
        <translation type="unfinished">Pastga toʻldirish</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replace in %1</source>
        <translation type="unfinished">Almashtirish: %1</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <location line="-246"/>
        <source>Thumbnail</source>
        <translation type="unfinished">Miniatyura</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Edit %1</source>
        <translation type="unfinished">Tahrirlash: %1</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <location filename="../src/glamuploader/ui/curation.py" line="+67"/>
        <source>Go to the &amp;next photo after marking one</source>
        <translation type="unfinished">Belgilagandan keyin &amp;navbatdagi suratga oʻtish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After P, X, U or a number of stars, the next photo is shown</source>
        <translation type="unfinished">P, X, U yoki yulduzlar sonidan keyin navbatdagi surat koʻrsatiladi</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Select two to four photos to compare them side by side.</source>
        <translation type="unfinished">Yonma-yon solishtirish uchun ikkitadan toʻrttagacha surat tanlang.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Turn left</source>
        <translation type="unfinished">Chapga aylantirish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn right</source>
        <translation type="unfinished">Oʻngga aylantirish</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Keep one, reject %n other(s)</source>
        <translation type="unfinished">
            <numerusform>Bittasini qoldirib, qolgan %n ta suratni rad etish</numerusform>
            <numerusform>Bittasini qoldirib, qolgan %n ta suratni rad etish</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stars: %1</source>
        <translation type="unfinished">Yulduzlar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick</source>
        <translation type="unfinished">Tanlab olish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject</source>
        <translation type="unfinished">Rad etish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark</source>
        <translation type="unfinished">Belgini olib tashlash</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../src/glamuploader/ui/demo.py" line="+12"/>
        <source>Starting the sandbox wiki and making sample photos… (the first time takes a minute)</source>
        <translation type="unfinished">Sinov vikisi ishga tushirilmoqda va namunaviy suratlar tayyorlanmoqda… (birinchi marta bir daqiqacha vaqt oladi)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sample batch is aimed at the sandbox wiki on this computer.</source>
        <translation type="unfinished">Namunaviy toʻplam shu kompyuterdagi sinov vikisiga yuklanadi.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/panel.py" line="+146"/>
        <source>&amp;Description</source>
        <translation type="unfinished">T&amp;avsif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;itle</source>
        <translation type="unfinished">&amp;Sarlavha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ption</source>
        <translation type="unfinished">&amp;Izoh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Author</source>
        <translation type="unfinished">&amp;Muallif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Da&amp;te</source>
        <translation type="unfinished">Sa&amp;na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation type="unfinished">Man&amp;ba</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Licence</source>
        <translation type="unfinished">&amp;Litsenziya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Categories</source>
        <translation type="unfinished">Tu&amp;rkumlar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Depicts</source>
        <translation type="unfinished">Tasvirlangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locatio&amp;n</source>
        <translation type="unfinished">&amp;Joylashuv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Te&amp;mplates</source>
        <translation type="unfinished">An&amp;dozalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privac&amp;y</source>
        <translation type="unfinished">Ma&amp;xfiylik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page template</source>
        <translation type="unfinished">Sahifa andozasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;version of</source>
        <translation type="unfinished">&amp;Qaysi faylning yangi versiyasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version s&amp;ummary</source>
        <translation type="unfinished">V&amp;ersiya uchun qisqa izoh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY. Empty: the date the photo was taken.</source>
        <translation type="unfinished">YYYY-MM-DD, YYYY-MM yoki YYYY. Boʻsh boʻlsa: surat olingan sana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty for your own work; else the museum, book or web address.</source>
        <translation type="unfinished">Oʻz ishingiz boʻlsa, boʻsh qoldiring; aks holda muzey, kitob yoki veb-manzil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category name, without “Category:”</source>
        <translation type="unfinished">Turkum nomi, “Category:” qoʻshimchasiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item, e.g. Q42</source>
        <translation type="unfinished">Vikimaʼlumotlar elementi, masalan, Q42</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation type="unfinished">masalan, {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata</source>
        <translation type="unfinished">Metamaʼlumotlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence, author and categories for every file…</source>
        <translation type="unfinished">Har bir fayl uchun litsenziya, muallif va turkumlar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload a better version of this file…</source>
        <translation type="unfinished">Bu faylning yaxshiroq versiyasini yuklash…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else goes up as a new file.</source>
        <translation type="unfinished">Faqat oʻsha rasmning kichik yaxshilanishlari uchun: yuqoriroq aniqlik, rang, shovqinni kamaytirish yoki aylantirish. Boshqa har qanday oʻzgarish yangi fayl sifatida yuklanadi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cleaned copy is uploaded; the pixels and your original file are never changed.</source>
        <translation type="unfinished">Tozalangan nusxa yuklanadi; piksellar va asl faylingiz hech qachon oʻzgartirilmaydi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:Name.jpg on the wiki — empty for a new file</source>
        <translation type="unfinished">Vikidagi File:Name.jpg fayli — yangi fayl uchun boʻsh qoldiring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commons allows a new version only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else (another photo, a crop that changes what is shown) goes up as a new file. When in doubt, upload a new file.</source>
        <translation type="unfinished">Vikiombor yangi versiyaga faqat oʻsha rasmning kichik yaxshilanishlari uchun ruxsat beradi: yuqoriroq aniqlik, rang, shovqinni kamaytirish yoki aylantirish. Boshqa har qanday oʻzgarish (boshqa surat, koʻrsatilgan narsani oʻzgartiradigan qirqish) yangi fayl sifatida yuklanadi. Ikkilansangiz, yangi fayl yuklang.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Uploaded as %1. Its page is edited on the wiki now.</source>
        <translation type="unfinished">%1 sifatida yuklangan. Endi uning sahifasi vikining oʻzida tahrirlanadi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on the wiki as %1: it is not uploaded again.</source>
        <translation type="unfinished">Vikida allaqachon %1 sifatida bor: qayta yuklanmaydi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These files are on the wiki. Their pages are edited there now.</source>
        <translation type="unfinished">Bu fayllar vikida. Endi ularning sahifalari oʻsha yerda tahrirlanadi.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keywords from the file as categories: %1</source>
        <translation type="unfinished">Fayldagi kalit soʻzlar turkum sifatida: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each is checked on the wiki like any category; remove those that are not categories there.</source>
        <translation type="unfinished">Har biri vikida boshqa turkumlar kabi tekshiriladi; u yerda turkum boʻlmaganlarini olib tashlang.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Museum field</source>
        <translation type="unfinished">Muzey maydoni</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select one or more files to edit them.</source>
        <translation type="unfinished">Tahrirlash uchun bir yoki bir nechta faylni tanlang.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n files selected: a change applies to all of them.</source>
        <translation type="unfinished">
            <numerusform>%n ta fayl tanlangan: oʻzgarish ularning hammasiga qoʻllanadi.</numerusform>
            <numerusform>%n ta fayl tanlangan: oʻzgarish ularning hammasiga qoʻllanadi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(tanlangan fayllarda turlicha)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — toʻplamning umumiy qiymatlaridan</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>From the file: %1</source>
        <translation type="unfinished">Fayldan: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Will be uploaded as: File:%1</source>
        <translation type="unfinished">Fayl quyidagi nom bilan yuklanadi: File:%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taken: %1</source>
        <translation type="unfinished">Suratga olingan: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the picture shows</source>
        <translation type="unfinished">Rasmda nima tasvirlangan</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+37"/>
        <source>Send the file as it is</source>
        <translation type="unfinished">Faylni oʻz holicha yuborish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the location (GPS) from the uploaded copy</source>
        <translation type="unfinished">Yuklanadigan nusxadan joylashuvni (GPS) olib tashlash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove all camera data from the uploaded copy</source>
        <translation type="unfinished">Yuklanadigan nusxadan barcha kamera maʼlumotlarini olib tashlash</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="+30"/>
        <source>The upload journal could not be written (%1). Nothing is lost: free some space on the disk or check the folder&apos;s permissions, then press Upload again.</source>
        <translation type="unfinished">Yuklash jurnaliga yozib boʻlmadi (%1). Hech narsa yoʻqolmadi: diskda joy boʻshating yoki jildga ruxsatlarni tekshiring, soʻng yana “Yuklash” tugmasini bosing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The batch could not be opened.</source>
        <translation type="unfinished">Toʻplamni ochib boʻlmadi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be saved. Check that the folder exists and that there is space on the disk.</source>
        <translation type="unfinished">Toʻplamni saqlab boʻlmadi. Jild mavjudligini va diskda joy borligini tekshiring.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files could not be imported.</source>
        <translation type="unfinished">Fayllarni import qilib boʻlmadi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be checked.</source>
        <translation type="unfinished">Toʻplamni tekshirib boʻlmadi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload stopped.</source>
        <translation type="unfinished">Yuklash toʻxtadi.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location line="-33"/>
        <source>title</source>
        <translation type="unfinished">sarlavha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation type="unfinished">tavsif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption</source>
        <translation type="unfinished">izoh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation type="unfinished">sana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author</source>
        <translation type="unfinished">muallif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation type="unfinished">manba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licence</source>
        <translation type="unfinished">litsenziya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categories</source>
        <translation type="unfinished">turkumlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depicts</source>
        <translation type="unfinished">tasvirlangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation type="unfinished">joylashuv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>templates</source>
        <translation type="unfinished">andozalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation type="unfinished">fayl</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <location filename="../src/glamuploader/ui/firstrun.py" line="+186"/>
        <source>Logging in…</source>
        <translation type="unfinished">Kirilmoqda…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logged in as %1. Uploads will use this account.</source>
        <translation type="unfinished">%1 sifatida kirildi. Fayllar shu hisob orqali yuklanadi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login failed: %1</source>
        <translation type="unfinished">Kirib boʻlmadi: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tools log in with a &lt;b&gt;bot password&lt;/b&gt;, not your main password: it can only do what you allow, and you can revoke it at any time.</source>
        <translation type="unfinished">Dasturlar tizimga asosiy maxfiy soʻzingiz bilan emas, &lt;b&gt;bot maxfiy soʻzi&lt;/b&gt; bilan kiradi: u faqat siz ruxsat bergan amallarni bajara oladi va uni istalgan vaqtda bekor qilishingiz mumkin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the wiki, open &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt;, make one named &lt;i&gt;glamuploader&lt;/i&gt; with the rights to edit, create pages and upload files, and enter here &lt;i&gt;YourName@glamuploader&lt;/i&gt; and the password the wiki shows you. &lt;a href=&quot;%2&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation type="unfinished">Vikida &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt; sahifasini oching, tahrirlash, sahifa yaratish va fayl yuklash huquqlari bilan &lt;i&gt;glamuploader&lt;/i&gt; nomli bot maxfiy soʻzini yarating, soʻng bu yerga &lt;i&gt;YourName@glamuploader&lt;/i&gt; va viki sizga koʻrsatgan maxfiy soʻzni kiriting. &lt;a href=&quot;%2&quot;&gt;Bot maxfiy soʻzlari qanday ishlaydi&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New batches will go to: %1</source>
        <translation type="unfinished">Yangi toʻplamlar yuklanadigan manzil: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author: %1</source>
        <translation type="unfinished">Muallif: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: %1</source>
        <translation type="unfinished">Litsenziya: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of this can be changed under Edit ▸ Preferences, and this assistant is under Help. The guide (Help ▸ Guide, F1) shows the common job step by step.</source>
        <translation type="unfinished">Bularning barchasini Tahrirlash ▸ Moslamalar orqali oʻzgartirish mumkin, bu yordamchi esa Yordam menyusida turadi. Qoʻllanma (Yordam ▸ Qoʻllanma, F1) odatiy ishni bosqichma-bosqich koʻrsatadi.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Welcome to GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader dasturiga xush kelibsiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation type="unfinished">Xush kelibsiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which wiki?</source>
        <translation type="unfinished">Qaysi viki?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your bot password</source>
        <translation type="unfinished">Bot maxfiy soʻzingiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author and licence</source>
        <translation type="unfinished">Muallif va litsenziya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation type="unfinished">Tayyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few questions, once. Each can be skipped with Next.</source>
        <translation type="unfinished">Bir necha savol, faqat bir marta. Har birini “Keyingi” tugmasi bilan oʻtkazib yuborish mumkin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where new batches are uploaded.</source>
        <translation type="unfinished">Yangi toʻplamlar qayerga yuklanadi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So that uploads can start without asking. You can skip this and log in when you upload.</source>
        <translation type="unfinished">Yuklash hech narsa soʻramasdan boshlanishi uchun. Bu qadamni oʻtkazib yuborib, tizimga yuklash paytida kirishingiz ham mumkin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What new batches start with; each file can still have its own.</source>
        <translation type="unfinished">Yangi toʻplamlarning boshlangʻich qiymatlari; har bir fayl baribir oʻz qiymatiga ega boʻlishi mumkin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can start.</source>
        <translation type="unfinished">Boshlashingiz mumkin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GLAM Uploader uploads photos and scans to Wikimedia Commons: many at once, with descriptions, categories and structured data, and shows every problem before anything is sent.</source>
        <translation type="unfinished">GLAM Uploader surat va skanlarni Vikiomborga yuklaydi: bir yoʻla koʻplab fayllarni, tavsiflar, turkumlar va tuzilmaviy maʼlumotlar bilan birga. Hech narsa yuborilmasdan oldin esa har bir muammoni koʻrsatadi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language of the app</source>
        <translation type="unfinished">&amp;Dastur tili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The real Commons: what you upload is public at once.</source>
        <translation type="unfinished">Haqiqiy Vikiombor: siz yuklagan narsa darhol hammaga ochiq boʻladi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test copy of Commons, to try things out; it is emptied from time to time.</source>
        <translation type="unfinished">Vikiomborning sinov nusxasi, turli narsalarni sinab koʻrish uchun; u vaqti-vaqti bilan tozalab turiladi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A wiki on this computer, to try the app without an account (needs PHP and MediaWiki installed).</source>
        <translation type="unfinished">Shu kompyuterdagi viki: dasturni hisobsiz sinab koʻrish uchun (PHP va MediaWiki oʻrnatilgan boʻlishi kerak).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>YourName@glamuploader</source>
        <translation type="unfinished">YourName@glamuploader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">masalan, [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation type="unfinished">&amp;Foydalanuvchi nomi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;Maxfiy soʻz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the password in the system keyring</source>
        <translation type="unfinished">Maxfiy soʻzni tizimning kalitlar omborida &amp;saqlash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the login</source>
        <translation type="unfinished">Kirishni &amp;tekshirish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the sandbox wiki&apos;s &amp;test account</source>
        <translation type="unfinished">Sinov vikisining test &amp;hisobidan foydalanish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The author is how you want to be credited, e.g. [[User:Name|Name]]. The licence applies to your own photos; for museum scans choose per file.</source>
        <translation type="unfinished">Muallif maydoniga ismingiz qanday koʻrsatilishini xohlasangiz, shunday yozing, masalan, [[User:Name|Name]]. Litsenziya oʻzingiz olgan suratlarga tegishli; muzey skanlari uchun uni har bir faylga alohida tanlang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Author</source>
        <translation type="unfinished">&amp;Muallif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Li&amp;cence</source>
        <translation type="unfinished">&amp;Litsenziya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose per batch</source>
        <translation type="unfinished">Har bir toʻplam uchun alohida tanlanadi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation type="unfinished">Oʻtkazib yuborish</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../src/glamuploader/ui/gridview.py" line="+107"/>
        <source>Table</source>
        <translation type="unfinished">Jadval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the files as a table, a column per field, as in a spreadsheet</source>
        <translation type="unfinished">Fayllarni jadval koʻrinishida koʻrsatish: elektron jadvaldagidek, har bir maydon uchun bitta ustun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop photos or folders here, or use Import folder.

Then select files to describe them; the Problems panel below says what is still needed before upload.</source>
        <translation type="unfinished">Suratlar yoki jildlarni shu yerga tashlang yoki “Jildni import qilish” buyrugʻidan foydalaning.

Soʻng fayllarni tavsiflash uchun ularni tanlang; pastdagi “Muammolar” paneli yuklashdan oldin yana nima kerakligini koʻrsatadi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file matches the filter. Clear the filter to see all files.</source>
        <translation type="unfinished">Filtrga mos fayl yoʻq. Barcha fayllarni koʻrish uchun filtrni tozalang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by title, file name, description or category</source>
        <translation type="unfinished">Sarlavha, fayl nomi, tavsif yoki turkum boʻyicha filtrlash</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All files</source>
        <translation type="unfinished">Barcha fayllar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picked</source>
        <translation type="unfinished">Tanlab olinganlar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not rejected</source>
        <translation type="unfinished">Rad etilmaganlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked yet</source>
        <translation type="unfinished">Hali belgilanmaganlar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With one star or more</source>
        <translation type="unfinished">Kamida bitta yulduzi borlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With three stars or more</source>
        <translation type="unfinished">Kamida uchta yulduzi borlar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sort by file name</source>
        <translation type="unfinished">Fayl nomi boʻyicha saralash</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by date taken</source>
        <translation type="unfinished">Suratga olingan sana boʻyicha saralash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by title</source>
        <translation type="unfinished">Sarlavha boʻyicha saralash</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by picks and stars</source>
        <translation type="unfinished">Tanlab olish va yulduzlar boʻyicha saralash</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/guide.py" line="+41"/>
        <source>The common job</source>
        <translation type="unfinished">Odatiy ish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a folder of photos on the window, or use File ▸ Import folder. All the new files are selected.</source>
        <translation type="unfinished">Suratlar jildini oynaga tashlang yoki Fayl ▸ Jildni import qilish buyrugʻidan foydalaning. Barcha yangi fayllar tanlangan boʻladi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With many files selected, what you type applies to all of them: choose the licence, type the author and a category (Enter adds it).</source>
        <translation type="unfinished">Bir nechta fayl tanlanganda, siz yozgan narsa ularning hammasiga qoʻllanadi: litsenziyani tanlang, muallif va turkumni yozing (Enter turkumni qoʻshadi).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type one title for many files and they are numbered: &quot;Kazan walk 01&quot;, &quot;Kazan walk 02&quot;… Give a file its own description and caption where it needs one.</source>
        <translation type="unfinished">Koʻp fayl uchun bitta sarlavha yozing — ular raqamlanadi: “Samarqand sayri 01”, “Samarqand sayri 02”… Kerak boʻlsa, faylga oʻz tavsifi va izohini bering.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the Problems panel. Errors (red) must be fixed; warnings may be accepted.</source>
        <translation type="unfinished">“Muammolar” paneliga qarang. Xatolarni (qizil) tuzatish shart; ogohlantirishlarni qabul qilish mumkin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Upload (%1), log in with your bot password, and watch the files go up. Each uploaded file links to its page on the wiki.</source>
        <translation type="unfinished">“Yuklash” tugmasini (%1) bosing, bot maxfiy soʻzingiz bilan kiring va fayllar yuklanishini kuzating. Har bir yuklangan fayl vikidagi oʻz sahifasiga havola beradi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session kits</source>
        <translation type="unfinished">Tadbir jamlanmalari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session kit holds an event&apos;s defaults: licence, author, categories, depicts, the title pattern and the languages to offer. An organiser saves one with File ▸ Save defaults as kit and hands it to the volunteers, who open it with File ▸ Open session kit before they import.</source>
        <translation type="unfinished">Tadbir jamlanmasi tadbirning umumiy qiymatlarini saqlaydi: litsenziya, muallif, turkumlar, “Tasvirlangan” qiymatlari, sarlavha shabloni va taklif qilinadigan tillar. Tashkilotchi uni Fayl ▸ Umumiy qiymatlarni jamlanma sifatida saqlash buyrugʻi bilan saqlaydi va koʻngillilarga beradi; ular esa import qilishdan oldin uni Fayl ▸ Tadbir jamlanmasini ochish buyrugʻi bilan ochadi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File ▸ Batch defaults shows what every file of the batch starts with; a file&apos;s own value always wins.</source>
        <translation type="unfinished">Fayl ▸ Toʻplamning umumiy qiymatlari oynasi toʻplamdagi har bir fayl qanday qiymatlar bilan boshlanishini koʻrsatadi; faylning oʻz qiymati doim ustun turadi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The table of problems</source>
        <translation type="unfinished">Muammolar jadvali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything that would make an upload fail, or a reviewer on Commons complain, is listed before anything is sent: missing licence or author, titles the wiki refuses or that are taken, categories that do not exist, files that are already on the wiki, damaged images.</source>
        <translation type="unfinished">Yuklashning muvaffaqiyatsiz boʻlishiga yoki Vikiombordagi tekshiruvchining eʼtiroziga sabab boʻladigan hamma narsa hech narsa yuborilmasdan oldin sanab koʻrsatiladi: koʻrsatilmagan litsenziya yoki muallif, viki rad etadigan yoki allaqachon band boʻlgan sarlavhalar, mavjud boʻlmagan turkumlar, vikida allaqachon bor fayllar, shikastlangan tasvirlar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A problem shared by many files is one row; open it to see them. Double-click a row to go to the file and the field to mend. Upload stays off while errors remain.</source>
        <translation type="unfinished">Koʻp faylga tegishli bir xil muammo bitta qatorda koʻrsatiladi; fayllarni koʻrish uchun qatorni oching. Tuzatiladigan fayl va maydonga oʻtish uchun qatorni ikki marta bosing. Xatolar qolar ekan, yuklash oʻchiq turadi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choosing the best photos</source>
        <translation type="unfinished">Eng yaxshi suratlarni tanlab olish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space shows the selected photo filling the window; the arrows go on and back, Esc comes back. Z shows it at 100 % where the pointer is; drag it, or hold Shift and press the arrows, to look around.</source>
        <translation type="unfinished">Boʻshliq tugmasi tanlangan suratni butun oyna boʻylab koʻrsatadi; strelkalar oldinga va orqaga oʻtkazadi, Esc qaytaradi. Z suratni koʻrsatkich turgan joyda 100 % masshtabda koʻrsatadi; atrofni koʻrish uchun uni suring yoki Shift tugmasini bosib turib, strelkalarni bosing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P picks, X rejects (a rejected photo is never checked nor uploaded), U unmarks, 0 to 5 give stars, and the next photo follows (Edit ▸ Go to the next photo after marking one). The list above the grid shows only the picks, what is not rejected, or the photos with stars.</source>
        <translation type="unfinished">P tanlab oladi, X rad etadi (rad etilgan surat hech qachon tekshirilmaydi va yuklanmaydi), U belgini olib tashlaydi, 0 dan 5 gacha tugmalar yulduz beradi, soʻng navbatdagi surat ochiladi (Tahrirlash ▸ Belgilagandan keyin navbatdagi suratga oʻtish). Miniatyuralar ustidagi roʻyxat faqat tanlab olinganlarni, rad etilmaganlarni yoki yulduzli suratlarni koʻrsatadi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C compares two to four selected photos side by side, zoomed and moved together. Click the best one and press K: it is picked and the others are rejected.</source>
        <translation type="unfinished">C tanlangan ikkitadan toʻrttagacha suratni yonma-yon solishtiradi; ular birga kattalashadi va birga suriladi. Eng yaxshisi ustiga bosing, soʻng K tugmasini bosing: u tanlab olinadi, qolganlari rad etiladi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit ▸ Stack similar photos shows each burst or near-copy as one photo with a count; Space on it compares them. Edit ▸ Keep the best of each stack picks the one with most stars in every stack and rejects the rest.</source>
        <translation type="unfinished">“Tahrirlash ▸ Oʻxshash suratlarni dastalarga yigʻish” har bir ketma-ket suratga olish seriyasini yoki deyarli bir xil nusxalarni soni yozilgan bitta surat sifatida koʻrsatadi; uning ustida Boʻshliq tugmasini bossangiz, ular solishtiriladi. “Tahrirlash ▸ Har bir dastadan eng yaxshisini qoldirish” har bir dastada eng koʻp yulduzli suratni tanlab oladi va qolganlarini rad etadi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[ and ] turn a photo a quarter. Only the copy sent is turned, by its orientation tag: your file is not changed and no pixel is compressed again (JPEG photos only).</source>
        <translation type="unfinished">[ va ] suratni chorak aylanaga (90°) aylantiradi. Faqat yuboriladigan nusxa orientatsiya tegi orqali aylantiriladi: faylingiz oʻzgarmaydi va birorta ham piksel qayta siqilmaydi (faqat JPEG suratlar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S selects the whole scene: the photos taken without a gap of 20 minutes or a walk of 300 m between them. What you then write in the editor goes to all of them.</source>
        <translation type="unfinished">S butun sahnani tanlaydi: oralarida 20 daqiqalik tanaffus yoki 300 m yurish boʻlmagan holda olingan suratlarni. Shundan keyin yozganingiz ularning hammasiga qoʻllanadi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Museum spreadsheets</source>
        <translation type="unfinished">Muzey jadvallari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File ▸ Fill in from a museum spreadsheet reads CSV, XLSX, ODS and Pattypan&apos;s .xls. Its columns are matched to the fields (you can change the match), each row to a file by name or accession number. Rows without a file and files without a row are named; nothing is dropped.</source>
        <translation type="unfinished">Fayl ▸ Muzey jadvalidan toʻldirish buyrugʻi CSV, XLSX, ODS fayllarini va Pattypan dasturining .xls faylini oʻqiydi. Jadval ustunlari maydonlarga moslanadi (moslikni oʻzgartirishingiz mumkin), har bir qator esa nomi yoki inventar raqami boʻyicha faylga moslanadi. Fayli yoʻq qatorlar va qatori yoʻq fayllar koʻrsatiladi; hech narsa tashlab ketilmaydi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After a crash or a lost connection</source>
        <translation type="unfinished">Dastur kutilmaganda yopilsa yoki aloqa uzilsa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your batch is saved as you work. Open the app again: it reopens the batch.</source>
        <translation type="unfinished">Toʻplamingiz ish davomida saqlanib boriladi. Dasturni qayta oching: u toʻplamni yana ochadi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload journal knows which files reached the wiki. Press Upload again and it goes on with the rest; no file is sent twice. Pause stops after the file that is going up.</source>
        <translation type="unfinished">Yuklash jurnali qaysi fayllar vikiga yetib borganini biladi. “Yuklash” tugmasini yana bosing — u qolganlari bilan davom etadi; hech bir fayl ikki marta yuborilmaydi. “Toʻxtatib turish” hozir yuklanayotgan fayldan keyin toʻxtatadi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation type="unfinished">Klaviatura qisqartmalari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: upload</source>
        <translation type="unfinished">%1: yuklash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2: undo / redo</source>
        <translation type="unfinished">%1 / %2: bekor qilish / qaytarish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: import files; %2: import a folder</source>
        <translation type="unfinished">%1: fayllarni import qilish; %2: jildni import qilish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this guide</source>
        <translation type="unfinished">%1: shu qoʻllanma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the grid and the table: P pick, X reject (never uploaded), U unmark, 0 to 5 stars; the next photo is selected after each.</source>
        <translation type="unfinished">Miniatyuralarda va jadvalda: P — tanlab olish, X — rad etish (bunday fayl hech qachon yuklanmaydi), U — belgini olib tashlash, 0 dan 5 gacha — yulduzlar; har bir tugma bosilgandan keyin navbatdagi surat tanlanadi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GLAM Uploader guide</source>
        <translation type="unfinished">GLAM Uploader qoʻllanmasi</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/kitdialog.py" line="+23"/>
        <source>Batch defaults</source>
        <translation type="unfinished">Toʻplamning umumiy qiymatlari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These values apply to every file that does not have its own. Save them as a session kit to hand them to other volunteers.</source>
        <translation type="unfinished">Bu qiymatlar oʻz qiymati boʻlmagan har bir faylga qoʻllanadi. Ularni boshqa koʻngillilarga berish uchun tadbir jamlanmasi sifatida saqlang.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">masalan, [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty for your own work</source>
        <translation type="unfinished">Oʻz ishingiz boʻlsa, boʻsh qoldiring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields: {title}, {date}, {n:03} (a number), {original} (the file name), {description:en}, and the kit&apos;s own fields such as {institution}</source>
        <translation type="unfinished">Maydonlar: {title} (sarlavha), {date} (sana), {n:03} (raqam), {original} (fayl nomi), {description:en} (inglizcha tavsif) va jamlanmaning oʻz maydonlari, masalan, {institution}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One category a line</source>
        <translation type="unfinished">Har bir qatorda bitta turkum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One template a line, e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation type="unfinished">Har bir qatorda bitta andoza, masalan, {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the category “%1”</source>
        <translation type="unfinished">“%1” turkumini qoʻshish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the event or partnership</source>
        <translation type="unfinished">Tadbir yoki hamkorlik nomi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation type="unfinished">Litsenziya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation type="unfinished">Muallif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished">Manba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title pattern</source>
        <translation type="unfinished">Sarlavha shabloni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description template</source>
        <translation type="unfinished">Tavsif andozasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories for every file</source>
        <translation type="unfinished">Har bir fayl uchun turkumlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates for every file</source>
        <translation type="unfinished">Har bir fayl uchun andozalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy for every file</source>
        <translation type="unfinished">Har bir fayl uchun maxfiylik</translation>
    </message>
</context>
<context>
    <name>Kits</name>
    <message>
        <location filename="../src/glamuploader/ui/kits.py" line="+12"/>
        <source>Open session kit</source>
        <translation type="unfinished">Tadbir jamlanmasini ochish</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Session kits (*.kit.yaml)</source>
        <translation type="unfinished">Tadbir jamlanmalari (*.kit.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save defaults as session kit</source>
        <translation type="unfinished">Umumiy qiymatlarni tadbir jamlanmasi sifatida saqlash</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="+91"/>
        <source>Add language</source>
        <translation type="unfinished">Til qoʻshish</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <location filename="../src/glamuploader/ui/licensetexts.py" line="+12"/>
        <source>CC0 — no rights reserved</source>
        <translation type="unfinished">CC0 — hech qanday huquq himoyalanmagan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 4.0 — attribution</source>
        <translation type="unfinished">CC BY 4.0 — mualliflikni koʻrsatish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 4.0 — attribution, share alike</source>
        <translation type="unfinished">CC BY-SA 4.0 — mualliflikni koʻrsatish, xuddi shu shartlarda tarqatish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 3.0 — attribution, share alike (older version)</source>
        <translation type="unfinished">CC BY-SA 3.0 — mualliflikni koʻrsatish, xuddi shu shartlarda tarqatish (eski versiya)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 3.0 — attribution (older version)</source>
        <translation type="unfinished">CC BY 3.0 — mualliflikni koʻrsatish (eski versiya)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 70 years ago</source>
        <translation type="unfinished">Jamoat mulki — muallif 70 yildan koʻproq oldin vafot etgan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 100 years ago</source>
        <translation type="unfinished">Jamoat mulki — muallif 100 yildan koʻproq oldin vafot etgan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — photo of an old 2D artwork</source>
        <translation type="unfinished">Jamoat mulki — eski ikki oʻlchamli sanʼat asarining surati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain in the USA — copyright expired</source>
        <translation type="unfinished">AQShda jamoat mulki — mualliflik huquqi muddati tugagan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — work of the US federal government</source>
        <translation type="unfinished">Jamoat mulki — AQSh federal hukumatining asari</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anyone may use the file for anything, without even naming you. Only for your own work.</source>
        <translation type="unfinished">Har kim faylni istalgan maqsadda, hatto sizning ismingizni koʻrsatmasdan ham ishlatishi mumkin. Faqat oʻz ishingiz uchun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone may use and change the file, also commercially, if they name the author.</source>
        <translation type="unfinished">Har kim muallifni koʻrsatgan holda faylni ishlatishi va oʻzgartirishi mumkin, shu jumladan tijorat maqsadida ham.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone may use and change the file, also commercially, if they name the author and share changed versions under the same licence. The usual choice on Commons.</source>
        <translation type="unfinished">Har kim muallifni koʻrsatgan va oʻzgartirilgan versiyalarni xuddi shu litsenziya ostida tarqatgan holda faylni ishlatishi va oʻzgartirishi mumkin, shu jumladan tijorat maqsadida ham. Vikiomborda eng koʻp tanlanadigan litsenziya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As CC BY-SA 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation type="unfinished">CC BY-SA 4.0 kabi; faqat manba faylni 3.0 versiyasi ostida eʼlon qilgan boʻlsa, shuni tanlang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As CC BY 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation type="unfinished">CC BY 4.0 kabi; faqat manba faylni 3.0 versiyasi ostida eʼlon qilgan boʻlsa, shuni tanlang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 70 years ago. Give the author and the date of the work.</source>
        <translation type="unfinished">Muallifi 70 yildan koʻproq oldin vafot etgan asarlar uchun. Muallifni va asar sanasini koʻrsating.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 100 years ago; safe in almost every country.</source>
        <translation type="unfinished">Muallifi 100 yildan koʻproq oldin vafot etgan asarlar uchun; deyarli har bir mamlakatda xavfsiz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For faithful photos or scans of flat artworks (paintings, drawings, documents) whose author died more than 70 years ago.</source>
        <translation type="unfinished">Muallifi 70 yildan koʻproq oldin vafot etgan tekis sanʼat asarlarining (rasmlar, chizmalar, hujjatlar) aslidek olingan suratlari yoki skanlari uchun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For works published in the USA long enough ago that copyright has expired there.</source>
        <translation type="unfinished">AQShda ancha oldin nashr etilgani sababli u yerda mualliflik huquqi muddati tugagan asarlar uchun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works made by US federal government employees in their duties.</source>
        <translation type="unfinished">AQSh federal hukumati xodimlari tomonidan xizmat vazifasini bajarishda yaratilgan asarlar uchun.</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/listfield.py" line="+78"/>
        <source>Add to selected</source>
        <translation type="unfinished">Tanlanganlarga qoʻshish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished">Olib tashlash</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — batch default, on every file</source>
        <translation type="unfinished">%1 — toʻplamning umumiy qiymati, har bir faylda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set in File ▸ Batch defaults; every file of the batch gets it. Remove it there if it does not fit every photo.</source>
        <translation type="unfinished">Fayl ▸ Toʻplamning umumiy qiymatlari oynasida belgilangan; toʻplamdagi har bir fayl uni oladi. Agar u har bir suratga mos kelmasa, oʻsha yerda olib tashlang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 of %3 files</source>
        <translation type="unfinished">%1 — %3 ta fayldan %2 tasida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only some of the selected files have this. Add it again to give it to all of them.</source>
        <translation type="unfinished">Bu faqat tanlangan fayllarning baʼzilarida bor. Hammasiga berish uchun uni qayta qoʻshing.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+33"/>
        <source>Enter your user name and bot password.</source>
        <translation type="unfinished">Foydalanuvchi nomingiz va bot maxfiy soʻzini kiriting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki has no such account. Check the user name (for a bot password: YourName@Suffix).</source>
        <translation type="unfinished">Vikida bunday hisob yoʻq. Foydalanuvchi nomini tekshiring (bot maxfiy soʻzi uchun: YourName@Suffix).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The wiki refused the password. Use the password Special:BotPasswords showed, with YourName@Suffix.</source>
        <translation type="unfinished">Viki maxfiy soʻzni rad etdi. Special:BotPasswords koʻrsatgan maxfiy soʻzni YourName@Suffix bilan birga ishlating.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many login attempts. Wait a few minutes and try again.</source>
        <translation type="unfinished">Kirishga urinishlar juda koʻp. Bir necha daqiqa kuting va qaytadan urinib koʻring.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not be reached. Check your connection.</source>
        <translation type="unfinished">Vikiga ulanib boʻlmadi. Internet aloqangizni tekshiring.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the login.</source>
        <translation type="unfinished">Viki kirishni rad etdi.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/logindialog.py" line="+13"/>
        <source>Log in to %1</source>
        <translation type="unfinished">%1 saytiga kirish</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in with a &lt;b&gt;bot password&lt;/b&gt;: on the wiki, open Special:BotPasswords, make one (e.g. named &lt;i&gt;glamuploader&lt;/i&gt;, with the rights to edit, create pages and upload files) and log in here as &lt;i&gt;YourName@glamuploader&lt;/i&gt;. &lt;a href=&quot;%1&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation type="unfinished">&lt;b&gt;Bot maxfiy soʻzi&lt;/b&gt; bilan kiring: vikida Special:BotPasswords sahifasini oching, yangisini yarating (masalan, &lt;i&gt;glamuploader&lt;/i&gt; nomli, tahrirlash, sahifa yaratish va fayl yuklash huquqlari bilan) va bu yerda &lt;i&gt;YourName@glamuploader&lt;/i&gt; sifatida kiring. &lt;a href=&quot;%1&quot;&gt;Bot maxfiy soʻzlari qanday ishlaydi&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>YourName@glamuploader</source>
        <translation type="unfinished">YourName@glamuploader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the password in the system keyring</source>
        <translation type="unfinished">Maxfiy soʻzni tizimning kalitlar omborida saqlash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation type="unfinished">Foydalanuvchi nomi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation type="unfinished">Maxfiy soʻz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the sandbox wiki&apos;s test account</source>
        <translation type="unfinished">Sinov vikisining test hisobidan foydalanish</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in</source>
        <translation type="unfinished">Kirish</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+190"/>
        <source>Upload to:</source>
        <translation type="unfinished">Yuklash manzili:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki this batch goes to. Changing it can be undone.</source>
        <translation type="unfinished">Bu toʻplam yuklanadigan viki. Uni oʻzgartirishni bekor qilish mumkin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upload to %1</source>
        <translation type="unfinished">Yuklash manzili: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Edit %1</source>
        <translation type="unfinished">Tahrirlash: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Import &amp;files…</source>
        <translation type="unfinished">&amp;Fayllarni import qilish…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import fo&amp;lder…</source>
        <translation type="unfinished">&amp;Jildni import qilish…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in from a &amp;museum spreadsheet…</source>
        <translation type="unfinished">&amp;Muzey jadvalidan toʻldirish…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open batch…</source>
        <translation type="unfinished">Toʻplamni &amp;ochish…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save batch &amp;as…</source>
        <translation type="unfinished">Toʻplamni &amp;boshqa nom bilan saqlash…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open session &amp;kit…</source>
        <translation type="unfinished">&amp;Tadbir jamlanmasini ochish…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save defaults as kit…</source>
        <translation type="unfinished">Umumiy qiymatlarni jamlanma sifatida saqlash…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch &amp;defaults…</source>
        <translation type="unfinished">Toʻplamning &amp;umumiy qiymatlari…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move from batch</source>
        <translation type="unfinished">Toʻplamdan &amp;olib tashlash</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Upload…</source>
        <translation type="unfinished">&amp;Yuklash…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished">&amp;Moslamalar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Chiqish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New batch</source>
        <translation type="unfinished">&amp;Yangi toʻplam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;About GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader &amp;haqida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation type="unfinished">&amp;Qoʻllanma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First-run assistant…</source>
        <translation type="unfinished">&amp;Boshlangʻich sozlash yordamchisi…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Bekor qilish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Qaytarish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Fayl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Tahrirlash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wiki</source>
        <translation type="unfinished">&amp;Viki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Yordam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation type="unfinished">Asosiy asboblar paneli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Bekor qilish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation type="unfinished">Muammolar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation type="unfinished">Koʻrib chiqish</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Will be uploaded as: File:%1</source>
        <translation type="unfinished">Fayl quyidagi nom bilan yuklanadi: File:%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2. Target: %3</source>
        <comment>files, errors, wiki</comment>
        <translation type="unfinished">%1, %2. Manzil: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform>%n ta fayl</numerusform>
            <numerusform>%n ta fayl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform>%n ta xato</numerusform>
            <numerusform>%n ta xato</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: suggestions come from earlier searches</source>
        <translation type="unfinished">Oflayn: takliflar avvalgi qidiruvlardan olinadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki or Wikidata cannot be reached. Categories and items you choose now are checked again when back online.</source>
        <translation type="unfinished">Viki yoki Vikimaʼlumotlarga ulanib boʻlmayapti. Hozir tanlagan turkum va elementlaringiz aloqa tiklanganda qayta tekshiriladi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation type="unfinished">Onlayn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New batch</source>
        <translation type="unfinished">Yangi toʻplam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (read-only)</source>
        <translation type="unfinished">%1 (faqat oʻqish uchun)</translation>
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
        <translation type="unfinished">%1 hozir boshqa dastur tomonidan ochilmoqda. Birozdan soʻng qayta urinib koʻring.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another copy of GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader dasturining boshqa nusxasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a glamuploader command</source>
        <translation type="unfinished">glamuploader buyrugʻi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is open in %2 (process %3 of %4 on %5, since %6). Only one may change it at a time. Open it read-only, to look without saving?</source>
        <translation type="unfinished">%1 boshqa joyda ochiq: %2 (%5 kompyuteri, %4 foydalanuvchisi, %3-jarayon, %6 dan beri). Uni bir vaqtda faqat bittasi oʻzgartira oladi. Saqlamasdan koʻrish uchun faqat oʻqish rejimida ochilsinmi?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open read-only</source>
        <translation type="unfinished">Faqat oʻqish uchun ochish</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The batch file was damaged (%1). Its last good copy was opened instead; the damaged file is kept as %2.</source>
        <translation type="unfinished">Toʻplam fayli shikastlangan edi (%1). Uning oʻrniga oxirgi soz nusxasi ochildi; shikastlangan fayl %2 sifatida saqlab qoʻyildi.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n file(s) that are not photos or other media were left out: %1</source>
        <translation type="unfinished">
            <numerusform>Surat yoki boshqa media boʻlmagan %n ta fayl chetda qoldirildi: %1</numerusform>
            <numerusform>Surat yoki boshqa media boʻlmagan %n ta fayl chetda qoldirildi: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n file(s) imported.</source>
        <translation type="unfinished">
            <numerusform>%n ta fayl import qilindi.</numerusform>
            <numerusform>%n ta fayl import qilindi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader haqida</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="+23"/>
        <source>A better version of %1</source>
        <translation type="unfinished">%1 faylining yaxshiroq versiyasi</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+17"/>
        <source>New version of %1</source>
        <translation type="unfinished">%1 faylining yangi versiyasi</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="-10"/>
        <source>Import files</source>
        <translation type="unfinished">Fayllarni import qilish</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a folder</source>
        <translation type="unfinished">Jildni import qilish</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open batch</source>
        <translation type="unfinished">Toʻplamni ochish</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>GLAM Uploader batches (*.glam.yaml)</source>
        <translation type="unfinished">GLAM Uploader toʻplamlari (*.glam.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save batch as</source>
        <translation type="unfinished">Toʻplamni boshqa nom bilan saqlash</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+24"/>
        <source>%n cell(s) changed.</source>
        <translation type="unfinished">
            <numerusform>%n ta katak oʻzgartirildi.</numerusform>
            <numerusform>%n ta katak oʻzgartirildi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change batch defaults</source>
        <translation type="unfinished">Toʻplamning umumiy qiymatlarini oʻzgartirish</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Remove %n file(s)</source>
        <translation type="unfinished">
            <numerusform>%n ta faylni olib tashlash</numerusform>
            <numerusform>%n ta faylni olib tashlash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove %n file(s) from the batch?</source>
        <translation type="unfinished">
            <numerusform>%n ta fayl toʻplamdan olib tashlansinmi?</numerusform>
            <numerusform>%n ta fayl toʻplamdan olib tashlansinmi?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them are uploaded: the batch would no longer list their pages.</source>
        <translation type="unfinished">
            <numerusform>Ulardan %n tasi yuklangan: toʻplamda endi ularning sahifalari koʻrsatilmaydi.</numerusform>
            <numerusform>Ulardan %n tasi yuklangan: toʻplamda endi ularning sahifalari koʻrsatilmaydi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them have titles, descriptions or other values you gave.</source>
        <translation type="unfinished">
            <numerusform>Ulardan %n tasida siz bergan sarlavha, tavsif yoki boshqa qiymatlar bor.</numerusform>
            <numerusform>Ulardan %n tasida siz bergan sarlavha, tavsif yoki boshqa qiymatlar bor.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files on disk are not touched, and Undo puts them back.</source>
        <translation type="unfinished">Diskdagi fayllarga tegilmaydi, “Bekor qilish” esa ularni qaytaradi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation type="unfinished">Olib tashlash</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/mappingdialog.py" line="+22"/>
        <source>Columns of %1</source>
        <translation type="unfinished">%1 ustunlari</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s).</source>
        <translation type="unfinished">
            <numerusform>%n ta qator.</numerusform>
            <numerusform>%n ta qator.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as %1, columns separated by “%2”.</source>
        <translation type="unfinished">%1 sifatida oʻqildi, ustunlar “%2” bilan ajratilgan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what each column is; a column left as “not used” is not read.</source>
        <translation type="unfinished">Har bir ustun nima ekanini tanlang; “ishlatilmaydi” deb qoldirilgan ustun oʻqilmaydi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not used</source>
        <translation type="unfinished">ishlatilmaydi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file (name or path)</source>
        <translation type="unfinished">fayl (nomi yoki yoʻli)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>extra template parameter “%1”</source>
        <translation type="unfinished">qoʻshimcha andoza parametri “%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>their order: the first row is the first file</source>
        <translation type="unfinished">tartibi boʻyicha: birinchi qator — birinchi fayl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Match rows to files by</source>
        <translation type="unfinished">Qatorlarni fayllarga moslash usuli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the files</source>
        <translation type="unfinished">Fayllarni toʻldirish</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/glamuploader/messages.py" line="+20"/>
        <source>The file is not there any more. Put it back, or remove it from the batch.</source>
        <translation type="unfinished">Fayl endi oʻz joyida yoʻq. Uni joyiga qaytaring yoki toʻplamdan olib tashlang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}). Check that it is not open elsewhere and that you may read it.</source>
        <translation type="unfinished">Faylni oʻqib boʻlmayapti ({reason}). U boshqa joyda ochiq emasligini va uni oʻqishga ruxsatingiz borligini tekshiring.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty (0 bytes). Copy it again from the camera or the source.</source>
        <translation type="unfinished">Fayl boʻsh (0 bayt). Uni kameradan yoki manbadan qayta nusxalang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a kind of file Commons accepts (its content is not an image, sound, video or document we recognise).</source>
        <translation type="unfinished">Bu Vikiombor qabul qiladigan fayl turi emas (uning mazmuni biz taniydigan tasvir, ovoz, video yoki hujjat emas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file seems cut short: the end of the image is missing. Copy it again from the source if you can.</source>
        <translation type="unfinished">Fayl chala koʻrinadi: tasvirning oxiri yetishmayapti. Iloji boʻlsa, uni manbadan qayta nusxalang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged and cannot be opened as an image ({reason}). Copy it again from the source.</source>
        <translation type="unfinished">Fayl shikastlangan va uni tasvir sifatida ochib boʻlmaydi ({reason}). Uni manbadan qayta nusxalang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image says it is {width} × {height} pixels, more than {limit} pixels: it may be a decompression bomb. It was not opened.</source>
        <translation type="unfinished">Tasvir oʻlchami {width} × {height} piksel deb koʻrsatilgan, bu {limit} pikseldan koʻp: u dekompressiya bombasi boʻlishi mumkin. U ochilmadi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name ends in .{extension} but the file is really {detected}. It will be uploaded as .{detected}.</source>
        <translation type="unfinished">Fayl nomi .{extension} bilan tugaydi, lekin fayl aslida {detected}. U .{detected} sifatida yuklanadi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data (EXIF) in this file cannot be read ({reason}); the date and location must be entered by hand.</source>
        <translation type="unfinished">Bu fayldagi kamera maʼlumotlarini (EXIF) oʻqib boʻlmayapti ({reason}); sana va joylashuvni qoʻlda kiritish kerak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data field {tag} holds an impossible value ({value}); it was ignored.</source>
        <translation type="unfinished">Kamera maʼlumotlarining {tag} maydonida imkonsiz qiymat bor ({value}); u eʼtiborga olinmadi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name contains invisible control or text-direction characters; they are left out of the title.</source>
        <translation type="unfinished">Fayl nomida koʻrinmas boshqaruv yoki matn yoʻnalishi belgilari bor; ular sarlavhaga kiritilmadi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file says only when it was last changed ({modified}), not when the photo was taken. Give the date, or leave it empty.</source>
        <translation type="unfinished">Faylda surat qachon olingani emas, faqat oxirgi marta qachon oʻzgartirilgani koʻrsatilgan ({modified}). Sanani kiriting yoki boʻsh qoldiring.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no title. Give it a title that says what the picture shows.</source>
        <translation type="unfinished">Faylning sarlavhasi yoʻq. Rasmda nima tasvirlanganini aytadigan sarlavha bering.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is {bytes} bytes long; Commons allows {limit}. Shorten it (letters outside Latin take 2-4 bytes each).</source>
        <translation type="unfinished">Sarlavha uzunligi {bytes} bayt; Vikiombor {limit} baytgacha ruxsat beradi. Uni qisqartiring (lotin alifbosidan tashqaridagi harflarning har biri 2-4 bayt oladi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short ({length} characters; at least {minimum}). Say what the picture shows.</source>
        <translation type="unfinished">Sarlavha juda qisqa ({length} ta belgi; kamida {minimum}). Rasmda nima tasvirlanganini yozing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains characters that cannot be in a file name: {chars}. Remove or replace them.</source>
        <translation type="unfinished">Sarlavhada fayl nomida boʻlishi mumkin boʻlmagan belgilar bor: {chars}. Ularni olib tashlang yoki almashtiring.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains invisible characters ({chars}). Retype the title.</source>
        <translation type="unfinished">Sarlavhada koʻrinmas belgilar bor ({chars}). Sarlavhani qaytadan yozing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” looks like a name a camera gives; Commons refuses those. Give a title that says what the picture shows.</source>
        <translation type="unfinished">“{title}” kamera beradigan nomga oʻxshaydi; Vikiombor bunday nomlarni rad etadi. Rasmda nima tasvirlanganini aytadigan sarlavha bering.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is not in the normal Unicode form; it will be normalised.</source>
        <translation type="unfinished">Sarlavha Unicode standart shaklida emas; u normallashtiriladi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title ends in .{extension} but the file is .{expected}.</source>
        <translation type="unfinished">Sarlavha .{extension} bilan tugaydi, lekin fayl .{expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another file of this batch has the same title ({other}). Make the titles different, e.g. with {{n}} in the title pattern.</source>
        <translation type="unfinished">Bu toʻplamdagi boshqa faylning sarlavhasi ham xuddi shunday ({other}). Sarlavhalarni farqli qiling, masalan, sarlavha shablonida {{n}} ishlatib.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern uses {{{field}}}, which is not a known field.</source>
        <translation type="unfinished">Sarlavha shablonida {{{field}}} ishlatilgan, bunday maydon yoʻq.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern “{pattern}” cannot be used: check its braces {{ }} and field names.</source>
        <translation type="unfinished">“{pattern}” sarlavha shablonini ishlatib boʻlmaydi: undagi {{ }} qavslarini va maydon nomlarini tekshiring.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is the same as {other} in this batch (same content). Remove one of them.</source>
        <translation type="unfinished">Bu fayl shu toʻplamdagi {other} bilan bir xil (mazmuni bir xil). Ulardan birini olib tashlang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title ({reason}). Choose a more descriptive title.</source>
        <translation type="unfinished">Viki bu sarlavhaga ruxsat bermaydi ({reason}). Mazmunliroq sarlavha tanlang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different file with this title is already on the wiki: {url}. Choose another title.</source>
        <translation type="unfinished">Vikida shu sarlavhali boshqa fayl allaqachon bor: {url}. Boshqa sarlavha tanlang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No licence is chosen. Choose the licence the author gave.</source>
        <translation type="unfinished">Litsenziya tanlanmagan. Muallif bergan litsenziyani tanlang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence “{license}” is not one this app knows. Choose one from the list.</source>
        <translation type="unfinished">“{license}” litsenziyasi bu dasturga notanish. Roʻyxatdan birini tanlang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence {license} is only for your own work, but the source names someone else. Choose the licence the source gave.</source>
        <translation type="unfinished">{license} litsenziyasi faqat oʻz ishingiz uchun, lekin manbada boshqa shaxs koʻrsatilgan. Manba bergan litsenziyani tanlang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No author is given. Name the photographer or creator.</source>
        <translation type="unfinished">Muallif koʻrsatilmagan. Fotograf yoki ijodkorning ismini yozing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No source is given. Say where the file comes from (a museum, a book, a web address).</source>
        <translation type="unfinished">Manba koʻrsatilmagan. Fayl qayerdan olinganini yozing (muzey, kitob, veb-manzil).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no description. Add one in at least one language.</source>
        <translation type="unfinished">Tavsif yoʻq. Kamida bitta tilda tavsif qoʻshing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” is not a language code Commons knows.</source>
        <translation type="unfinished">“{language}” — Vikiombor biladigan til kodi emas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” cannot be a language code. Use a code like en, tr or ar.</source>
        <translation type="unfinished">“{language}” til kodi boʻla olmaydi. en, tr yoki ar kabi koddan foydalaning.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a date. Write it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation type="unfinished">“{value}” sana emas. Uni YYYY-MM-DD, YYYY-MM yoki YYYY shaklida yozing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is in the future. Check the camera&apos;s clock.</source>
        <translation type="unfinished">{value} sanasi kelajakda. Kamera soatini tekshiring.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no category. Add at least one so people can find it.</source>
        <translation type="unfinished">Faylning turkumi yoʻq. Odamlar uni topa olishi uchun kamida bitta turkum qoʻshing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{category}” cannot be a category name.</source>
        <translation type="unfinished">“{category}” turkum nomi boʻla olmaydi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a Wikidata item id (like Q42).</source>
        <translation type="unfinished">“{value}” Vikimaʼlumotlar elementi identifikatori emas (Q42 kabi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location {latitude}, {longitude} is not on Earth&apos;s map. Check latitude (−90…90) and longitude (−180…180).</source>
        <translation type="unfinished">{latitude}, {longitude} joylashuvi Yer xaritasida yoʻq. Kenglik (−90…90) va uzunlikni (−180…180) tekshiring.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{template}” is not a single, complete template.</source>
        <translation type="unfinished">“{template}” yagona, toʻliq andoza emas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” cannot be used for {field} in structured data. Give a Wikidata item id (like Q42), a web address starting with https://, or a user name, as the field asks.</source>
        <translation type="unfinished">“{value}” qiymatini tuzilmaviy maʼlumotlarda {field} uchun ishlatib boʻlmaydi. Maydon talabiga koʻra Vikimaʼlumotlar elementi identifikatori (Q42 kabi), https:// bilan boshlanadigan veb-manzil yoki foydalanuvchi nomini kiriting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inventory number {value} is written to structured data only with the collection it belongs to. Add the collection&apos;s Wikidata item.</source>
        <translation type="unfinished">{value} inventar raqami tuzilmaviy maʼlumotlarga faqat u tegishli boʻlgan kolleksiya bilan birga yoziladi. Kolleksiyaning Vikimaʼlumotlar elementini qoʻshing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caption in {language} is {length} characters long; Commons allows {limit}. Shorten it: the description can say more.</source>
        <translation type="unfinished">{language} tilidagi izoh uzunligi {length} ta belgi; Vikiombor {limit} tagacha ruxsat beradi. Uni qisqartiring: tavsifda koʻproq yozish mumkin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki as {title}: {url}. It will not be uploaded again.</source>
        <translation type="unfinished">Aynan shu fayl vikida allaqachon {title} nomi bilan bor: {url}. U qayta yuklanmaydi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept .{extension} files.</source>
        <translation type="unfinished">Viki .{extension} fayllarini qabul qilmaydi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is {size} bytes; the wiki accepts at most {limit}.</source>
        <translation type="unfinished">Fayl hajmi {size} bayt; viki koʻpi bilan {limit} baytni qabul qiladi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported. Import it again.</source>
        <translation type="unfinished">Fayl import qilinganidan keyin diskda oʻzgargan. Uni qayta import qiling.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported ({changed}). Its facts were read again and the new file will be sent; check that the title and description still fit.</source>
        <translation type="unfinished">Fayl import qilinganidan keyin diskda oʻzgargan ({changed}). Uning maʼlumotlari qayta oʻqildi va yangi fayl yuboriladi; sarlavha va tavsif hali ham mos kelishini tekshiring.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not the name of a file on the wiki. Give the file to replace as File:Name.jpg, or clear the field to upload a new file.</source>
        <translation type="unfinished">“{value}” vikidagi fayl nomi emas. Almashtiriladigan faylni File:Name.jpg shaklida kiriting yoki yangi fayl yuklash uchun maydonni tozalang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file {title} on the wiki to replace. Check the name, or clear “new version of” to upload a new file.</source>
        <translation type="unfinished">Vikida almashtiriladigan {title} fayli yoʻq. Nomini tekshiring yoki yangi fayl yuklash uchun “Qaysi faylning yangi versiyasi” maydonini tozalang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new version keeps the file type: {title} is .{expected}, this file is .{extension}. Upload it as a new file instead.</source>
        <translation type="unfinished">Yangi versiya fayl turini oʻzgartira olmaydi: {title} — .{expected} fayli, bu fayl esa .{extension}. Uni yangi fayl sifatida yuklang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is marked as a new version of {title}. Run upload with --new-versions to replace that file, or clear the mark.</source>
        <translation type="unfinished">Bu fayl {title} faylining yangi versiyasi deb belgilangan. Oʻsha faylni almashtirish uchun yuklash buyrugʻini (upload) --new-versions bilan ishga tushiring yoki belgini olib tashlang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a privacy choice. Use “location” (remove the place) or “camera” (remove all camera data), or leave it empty.</source>
        <translation type="unfinished">“{value}” maxfiylik tanlovi emas. “location” (joyni olib tashlash) yoki “camera” (barcha kamera maʼlumotlarini olib tashlash) deb yozing yoki boʻsh qoldiring.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location or camera data cannot be removed from a .{kind} file without changing its pixels ({detail}). Remove it with another program, or clear the privacy choice.</source>
        <translation type="unfinished">Joylashuv yoki kamera maʼlumotlarini .{kind} faylidan uning piksellarini oʻzgartirmasdan olib tashlab boʻlmaydi ({detail}). Ularni boshqa dastur bilan olib tashlang yoki maxfiylik tanlovini tozalang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .{kind} file cannot be turned without changing its pixels: only JPEG photos are turned, by their orientation tag. Turn it in a photo editor and import it again, or set the turn back to none.</source>
        <translation type="unfinished">.{kind} faylini piksellarini oʻzgartirmasdan aylantirib boʻlmaydi: faqat JPEG suratlar orientatsiya tegi orqali aylantiriladi. Uni surat tahrirlash dasturida aylantiring va qayta import qiling yoki aylantirishni bekor qiling.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo could not be turned: {reason}. Export it again from the camera or editor, or set the turn back to none.</source>
        <translation type="unfinished">Suratni aylantirib boʻlmadi: {reason}. Uni kameradan yoki tahrirlash dasturidan qayta eksport qiling yoki aylantirishni bekor qiling.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged where its camera data is kept ({detail}), so no cleaned copy could be made. Export it again from the camera or editor.</source>
        <translation type="unfinished">Faylning kamera maʼlumotlari saqlanadigan qismi shikastlangan ({detail}), shuning uchun tozalangan nusxa yaratib boʻlmadi. Uni kameradan yoki tahrirlash dasturidan qayta eksport qiling.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Did you mean “{suggestion}”?</source>
        <translation type="unfinished">Vikida “{category}” turkumi yoʻq. “{suggestion}” demoqchimidingiz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Check the spelling, choose an existing category, or create this one first.</source>
        <translation type="unfinished">Vikida “{category}” turkumi yoʻq. Imloni tekshiring, mavjud turkumni tanlang yoki avval shu turkumni yarating.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category “{category}” was moved to “{target}”. Use “{target}” instead.</source>
        <translation type="unfinished">“{category}” turkumi “{target}” nomiga koʻchirilgan. Uning oʻrniga “{target}” turkumidan foydalaning.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} could not be confirmed as a Wikidata item (not found, or Wikidata could not be reached and it is not in the lookups cache). Check the Q-id.</source>
        <translation type="unfinished">{value} Vikimaʼlumotlar elementi ekanini tasdiqlab boʻlmadi (topilmadi yoki Vikimaʼlumotlarga ulanib boʻlmadi va u qidiruvlar keshida yoʻq). Q-identifikatorni tekshiring.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file does not exist.</source>
        <translation type="unfinished">Fayl mavjud emas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}).</source>
        <translation type="unfinished">Faylni oʻqib boʻlmayapti ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file is damaged or was changed by hand in a way the app cannot read ({reason}). Open its last good copy (the same name ending in .bak, beside it), or undo the hand edit in a text editor.</source>
        <translation type="unfinished">Toʻplam fayli shikastlangan yoki dastur oʻqiy olmaydigan tarzda qoʻlda oʻzgartirilgan ({reason}). Uning oxirgi soz nusxasini oching (yonidagi xuddi shu nomli, .bak bilan tugaydigan fayl) yoki qoʻlda qilingan oʻzgarishni matn muharririda bekor qiling.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file holds an instruction that could run a program ({reason}), so it was not read. If you did not put it there, use the last good copy (the same name ending in .bak).</source>
        <translation type="unfinished">Toʻplam faylida dasturni ishga tushirishi mumkin boʻlgan buyruq bor ({reason}), shuning uchun u oʻqilmadi. Agar uni u yerga siz qoʻymagan boʻlsangiz, oxirgi soz nusxadan foydalaning (xuddi shu nomli, .bak bilan tugaydigan fayl).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses shorthand (&amp; and * marks) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation type="unfinished">Toʻplam faylida bu dastur oʻqimaydigan qisqartmalar (&amp; va * belgilari) ishlatilgan. Har bir qiymatni matn muharririda toʻliq yozib chiqing yoki oxirgi soz nusxadan (.bak) foydalaning.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses a shorthand merge (&lt;&lt;) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation type="unfinished">Toʻplam faylida bu dastur oʻqimaydigan qisqartirilgan birlashtirish (&lt;&lt;) ishlatilgan. Har bir qiymatni matn muharririda toʻliq yozib chiqing yoki oxirgi soz nusxadan (.bak) foydalaning.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large to be a batch ({size} bytes).</source>
        <translation type="unfinished">Fayl toʻplam boʻlishi uchun juda katta ({size} bayt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value here is {size} bytes long; no field of a batch is longer than {limit}. Remove it in a text editor, or restore a copy.</source>
        <translation type="unfinished">Bu yerdagi qiymat uzunligi {size} bayt; toʻplamning hech bir maydoni {limit} baytdan uzun boʻlmaydi. Uni matn muharririda oʻchiring yoki nusxadan tiklang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a {expected} file.</source>
        <translation type="unfinished">Bu {expected} fayli emas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has format {format}; this version of the app reads format {supported}. Update the app.</source>
        <translation type="unfinished">Fayl formati {format}; dasturning bu versiyasi {supported} formatini oʻqiydi. Dasturni yangilang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field “{field}” should be {expected}.</source>
        <translation type="unfinished">“{field}” maydoni {expected} boʻlishi kerak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet cannot be read ({reason}). Open it in your spreadsheet program and save it again as CSV, XLSX or ODS.</source>
        <translation type="unfinished">Jadvalni oʻqib boʻlmayapti ({reason}). Uni jadval dasturingizda oching va CSV, XLSX yoki ODS sifatida qayta saqlang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet has no header row. Its first row should name the columns (for example “accession number”, “title”).</source>
        <translation type="unfinished">Jadvalda sarlavha qatori yoʻq. Uning birinchi qatorida ustunlar nomi boʻlishi kerak (masalan, “inventar raqami”, “sarlavha”).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wiki has not yet given the number of the new file page, so its captions and statements could not be written now.</source>
        <extracomment>why one file was not uploaded, by ``UploadOutcome.error`` (see wiki/upload.py); the wiki&apos;s own words follow in brackets</extracomment>
        <translation type="unfinished">Viki yangi fayl sahifasining raqamini hali bermadi, shuning uchun uning izohlari va bayonotlarini hozir yozib boʻlmadi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different file already has this title on the wiki. Choose another title.</source>
        <translation type="unfinished">Vikida boshqa fayl allaqachon shu sarlavhaga ega. Boshqa sarlavha tanlang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title. Choose a more descriptive title.</source>
        <translation type="unfinished">Viki bu sarlavhaga ruxsat bermaydi. Mazmunliroq sarlavha tanlang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has characters a file name on the wiki cannot have. Change the title.</source>
        <translation type="unfinished">Sarlavhada vikidagi fayl nomida boʻlishi mumkin boʻlmagan belgilar bor. Sarlavhani oʻzgartiring.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short for the wiki. Give a longer, descriptive title.</source>
        <translation type="unfinished">Sarlavha viki uchun juda qisqa. Uzunroq, mazmunli sarlavha bering.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too long for the wiki. Shorten it.</source>
        <translation type="unfinished">Sarlavha viki uchun juda uzun. Uni qisqartiring.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has no file extension the wiki accepts for this file. Check the file type.</source>
        <translation type="unfinished">Sarlavhada viki bu fayl uchun qabul qiladigan fayl kengaytmasi yoʻq. Fayl turini tekshiring.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept this type of file.</source>
        <translation type="unfinished">Viki bu turdagi faylni qabul qilmaydi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki discourages this type of file. Convert it to a preferred format.</source>
        <translation type="unfinished">Viki bu turdagi fayllarni tavsiya etmaydi. Uni afzal koʻrilgan formatga oʻgiring.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki found the file&apos;s content does not match its type, or it is damaged.</source>
        <translation type="unfinished">Viki fayl mazmuni uning turiga mos kelmasligini yoki fayl shikastlanganini aniqladi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is larger than the wiki accepts.</source>
        <translation type="unfinished">Fayl viki qabul qiladigan hajmdan katta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty. Check that it was copied completely.</source>
        <translation type="unfinished">Fayl boʻsh. U toʻliq nusxalanganini tekshiring.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is no longer where it was imported from. Put it back, or remove it from the batch.</source>
        <translation type="unfinished">Fayl endi u import qilingan joyda emas. Uni joyiga qaytaring yoki toʻplamdan olib tashlang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki.</source>
        <translation type="unfinished">Aynan shu fayl vikida allaqachon bor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file with this title was deleted from the wiki before. Check why before uploading again.</source>
        <translation type="unfinished">Shu sarlavhali fayl ilgari vikidan oʻchirilgan. Qayta yuklashdan oldin sababini tekshiring.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file was uploaded before and deleted. Check why before uploading again.</source>
        <translation type="unfinished">Aynan shu fayl ilgari yuklangan va oʻchirilgan. Qayta yuklashdan oldin sababini tekshiring.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title starts like a camera file name. Give a descriptive title.</source>
        <translation type="unfinished">Sarlavha kamera bergan fayl nomi kabi boshlanadi. Mazmunli sarlavha bering.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki changed the title because it had characters a file name cannot have.</source>
        <translation type="unfinished">Viki sarlavhani oʻzgartirdi, chunki unda fayl nomida boʻlishi mumkin boʻlmagan belgilar bor edi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file looks like a thumbnail of another file. Upload the full-size original.</source>
        <translation type="unfinished">Fayl boshqa faylning miniatyurasiga oʻxshaydi. Toʻliq oʻlchamdagi asl faylni yuklang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title looks like a thumbnail&apos;s name (it starts with a size). Change the title.</source>
        <translation type="unfinished">Sarlavha miniatyura nomiga oʻxshaydi (oʻlcham bilan boshlanadi). Sarlavhani oʻzgartiring.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploads are switched off on this wiki.</source>
        <translation type="unfinished">Bu vikida fayl yuklash oʻchirib qoʻyilgan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the file without saying why. Try again later, or upload it by hand to see the reason.</source>
        <translation type="unfinished">Viki faylni sababini aytmasdan rad etdi. Keyinroq qayta urinib koʻring yoki sababini koʻrish uchun uni qoʻlda yuklang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki asked us to slow down (rate limit) and the file was tried several times. Upload again later to go on.</source>
        <translation type="unfinished">Viki sekinroq ishlashni soʻradi (tezlik cheklovi) va fayl bir necha marta yuborib koʻrildi. Davom etish uchun keyinroq qayta yuklang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki&apos;s servers were too busy and the file was tried several times. Upload again later to go on.</source>
        <translation type="unfinished">Viki serverlari juda band edi va fayl bir necha marta yuborib koʻrildi. Davom etish uchun keyinroq qayta yuklang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki is read-only for maintenance. Upload again later to go on.</source>
        <translation type="unfinished">Viki texnik xizmat sababli faqat oʻqish rejimida. Davom etish uchun keyinroq qayta yuklang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not keep the file&apos;s pieces (chunks). Upload again to go on.</source>
        <translation type="unfinished">Viki fayl boʻlaklarini saqlay olmadi. Davom etish uchun qayta yuklang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login session ended and could not be renewed in time. Upload again to go on.</source>
        <translation type="unfinished">Kirish seansi tugadi va uni oʻz vaqtida yangilab boʻlmadi. Davom etish uchun qayta yuklang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not be reached. Check the connection; the upload can be resumed.</source>
        <translation type="unfinished">Vikiga ulanib boʻlmadi. Aloqani tekshiring; yuklashni davom ettirish mumkin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not logged in, or the session expired. Log in again.</source>
        <translation type="unfinished">Siz tizimga kirmagansiz yoki seans muddati tugagan. Qaytadan kiring.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The wiki answered with an error the app does not know ({code}). Upload again later; if it stays, upload this file by hand to see more.</source>
        <extracomment>for an error code the app has no words for: the wiki&apos;s code and text, and what to do</extracomment>
        <translation type="unfinished">Viki dasturga notanish xato bilan javob berdi ({code}). Keyinroq qayta yuklang; xato takrorlansa, batafsil koʻrish uchun bu faylni qoʻlda yuklang.</translation>
    </message>
</context>
<context>
    <name>MuseumFields</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+35"/>
        <source>Museum object</source>
        <translation type="unfinished">Muzey buyumi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fields of the page&apos;s museum template. An artist or institution can be text, a template such as {{Creator:William Blake}}, or a Wikidata Q-id.</source>
        <translation type="unfinished">Sahifadagi muzey andozasining maydonlari. Rassom yoki muassasa oddiy matn, {{Creator:William Blake}} kabi andoza yoki Vikimaʼlumotlar Q-identifikatori boʻlishi mumkin.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(tanlangan fayllarda turlicha)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — toʻplamning umumiy qiymatlaridan</translation>
    </message>
</context>
<context>
    <name>MuseumSheet</name>
    <message>
        <location filename="../src/glamuploader/ui/museumsheet.py" line="+18"/>
        <location line="+55"/>
        <source>Fill in from a museum spreadsheet</source>
        <translation type="unfinished">Muzey jadvalidan toʻldirish</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</source>
        <translation type="unfinished">Jadvallar (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fill in from %1</source>
        <translation type="unfinished">%1 faylidan toʻldirish</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>row %1</source>
        <translation type="unfinished">%1-qator</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished">%1-qator, %2 ustuni: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source> … and %1 more</source>
        <translation type="unfinished"> … va yana %1 ta</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cells to mend in the spreadsheet:</source>
        <translation type="unfinished">Jadvalda tuzatilishi kerak boʻlgan kataklar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was dropped: rows without a file stay in the spreadsheet, and files without a row keep what they had. Undo takes the whole filling back.</source>
        <translation type="unfinished">Hech narsa yoʻqolmadi: fayli yoʻq qatorlar jadvalda qoladi, qatori yoʻq fayllar esa avvalgi qiymatlarini saqlaydi. “Bekor qilish” butun toʻldirishni ortga qaytaradi.</translation>
    </message>
</context>
<context>
    <name>PageTemplateBox</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+48"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — toʻplamning umumiy qiymatlaridan</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/preferences.py" line="+28"/>
        <source>Wikimedia Commons</source>
        <translation type="unfinished">Vikiombor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta Commons (for testing)</source>
        <translation type="unfinished">Beta Vikiombor (sinov uchun)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local sandbox wiki (on this computer)</source>
        <translation type="unfinished">Mahalliy sinov vikisi (shu kompyuterda)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preferences</source>
        <translation type="unfinished">Moslamalar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The wiki a new batch goes to: choose one, or type the address of any MediaWiki&apos;s api.php. The open batch&apos;s wiki is chosen in the toolbar.</source>
        <translation type="unfinished">Yangi toʻplam yuklanadigan viki: birini tanlang yoki istalgan MediaWiki saytining api.php manzilini yozing. Ochiq toʻplamning vikisi asboblar panelida tanlanadi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">masalan, [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose per batch</source>
        <translation type="unfinished">Har bir toʻplam uchun alohida tanlanadi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> px</source>
        <translation type="unfinished"> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload new batches to</source>
        <translation type="unfinished">Yangi toʻplamlarni yuklash manzili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the app</source>
        <translation type="unfinished">Dastur tili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default author</source>
        <translation type="unfinished">Odatiy muallif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default licence</source>
        <translation type="unfinished">Odatiy litsenziya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail size</source>
        <translation type="unfinished">Miniatyura oʻlchami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiki, bot password, author and licence, step by step…</source>
        <translation type="unfinished">Viki, bot maxfiy soʻzi, muallif va litsenziya — bosqichma-bosqich…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first-run assistant: it can check your bot password</source>
        <translation type="unfinished">Boshlangʻich sozlash yordamchisi: u bot maxfiy soʻzingizni tekshira oladi</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/previewpanel.py" line="+53"/>
        <source>Wikitext</source>
        <translation type="unfinished">Vikimatn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structured data</source>
        <translation type="unfinished">Tuzilmaviy maʼlumotlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered page</source>
        <translation type="unfinished">Sahifa koʻrinishi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captions and statements (depicts, licence, date, location…) written to the file after upload.</source>
        <translation type="unfinished">Yuklashdan keyin faylga yoziladigan izohlar va bayonotlar (tasvirlangan, litsenziya, sana, joylashuv…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show as JSON (what is sent to the wiki)</source>
        <translation type="unfinished">JSON sifatida koʻrsatish (vikiga yuboriladigan maʼlumot)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show it as the wiki renders it</source>
        <translation type="unfinished">Viki qanday koʻrsatsa, shunday koʻrsatish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the wiki to render the page; nothing is saved there</source>
        <translation type="unfinished">Vikidan sahifani tayyorlab berishni soʻraydi; u yerda hech narsa saqlanmaydi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a file to see the page that will be sent.</source>
        <translation type="unfinished">Yuboriladigan sahifani koʻrish uchun faylni tanlang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one file, then ask the wiki to render its page.</source>
        <translation type="unfinished">Bitta faylni tanlang, soʻng vikidan uning sahifasini tayyorlab berishni soʻrang.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Caption (%1)</source>
        <translation type="unfinished">Izoh (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depicts</source>
        <translation type="unfinished">Tasvirlangan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creator</source>
        <translation type="unfinished">Ijodkor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation type="unfinished">Litsenziya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright status</source>
        <translation type="unfinished">Mualliflik huquqi holati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source of file</source>
        <translation type="unfinished">Fayl manbasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished">Sana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the photo was taken</source>
        <translation type="unfinished">Surat olingan joy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place shown</source>
        <translation type="unfinished">Tasvirdagi joy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reproduces the artwork</source>
        <translation type="unfinished">Nusxalangan sanʼat asari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection</source>
        <translation type="unfinished">Kolleksiya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inventory number</source>
        <translation type="unfinished">Inventar raqami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author&apos;s name</source>
        <translation type="unfinished">Muallif ismi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wikimedia user name</source>
        <translation type="unfinished">Vikimedia foydalanuvchi nomi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation type="unfinished">Veb-manzil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Described at</source>
        <translation type="unfinished">Tavsifi keltirilgan manzil</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking the wiki…</source>
        <translation type="unfinished">Vikidan soʻralmoqda…</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/problemspanel.py" line="+87"/>
        <source>File</source>
        <translation type="unfinished">Fayl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation type="unfinished">Maydon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation type="unfinished">Muammo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(batch)</source>
        <translation type="unfinished">(toʻplam)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Accept warning</source>
        <translation type="unfinished">Ogohlantirishni qabul qilish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload anyway: the selected warning is not shown again for this file</source>
        <translation type="unfinished">Baribir yuklash: tanlangan ogohlantirish bu fayl uchun qayta koʻrsatilmaydi</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No problems.</source>
        <translation type="unfinished">Muammolar yoʻq.</translation>
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
            <numerusform>%n ta xato (yuklashdan oldin tuzatilishi kerak)</numerusform>
            <numerusform>%n ta xato (yuklashdan oldin tuzatilishi kerak)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform>%n ta ogohlantirish</numerusform>
            <numerusform>%n ta ogohlantirish</numerusform>
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
        <translation type="unfinished">&amp;Saqlash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Bekor qilish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Yopish</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Bekor qilish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Qaytarish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">Qi&amp;rqish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Nusxalash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">Qoʻ&amp;yish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation type="unfinished">Oʻchirish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation type="unfinished">Barchasini tanlash</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+3"/>
        <source>Show Details...</source>
        <translation type="unfinished">Tafsilotlarni koʻrsatish...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide Details...</source>
        <translation type="unfinished">Tafsilotlarni yashirish...</translation>
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
        <translation type="unfinished">Saqlash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation type="unfinished">Ochish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Ha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Yoʻq</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation type="unfinished">Yopish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Bekor qilish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation type="unfinished">Saqlamaslik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation type="unfinished">Yordam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation type="unfinished">Qoʻllash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation type="unfinished">Tiklash</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation type="unfinished">Qayta urinish</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+9"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Nusxalash</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">&amp;Havola manzilini nusxalash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation type="unfinished">Barchasini tanlash</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-7"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished">&lt; &amp;Orqaga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished">&amp;Keyingi &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation type="unfinished">&amp;Yakunlash</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Yordam</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/replacedialog.py" line="+11"/>
        <source>Find and replace</source>
        <translation type="unfinished">Topish va almashtirish</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In column</source>
        <translation type="unfinished">Ustun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation type="unfinished">Topish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation type="unfinished">Oʻrniga qoʻyiladigan matn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace all</source>
        <translation type="unfinished">Hammasini almashtirish</translation>
    </message>
</context>
<context>
    <name>Scenes</name>
    <message>
        <location filename="../src/glamuploader/ui/scenes.py" line="+29"/>
        <source>Select the &amp;whole scene</source>
        <translation type="unfinished">Butun &amp;sahnani tanlash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the photos taken with the selected one, without a gap of 20 minutes or 300 m walked between them (key: S)</source>
        <translation type="unfinished">Tanlangan surat bilan birga, oralarida 20 daqiqalik tanaffus yoki 300 m yurish boʻlmagan holda olingan suratlarni tanlash (tugma: S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a photo of the scene first.</source>
        <translation type="unfinished">Avval sahnadan bitta suratni tanlang.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n photo(s) of this scene selected: what you write in the editor now goes to all of them.</source>
        <translation type="unfinished">
            <numerusform>Bu sahnaning %n ta surati tanlandi: endi yozganingiz ularning hammasiga qoʻllanadi.</numerusform>
            <numerusform>Bu sahnaning %n ta surati tanlandi: endi yozganingiz ularning hammasiga qoʻllanadi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stacks</name>
    <message>
        <location filename="../src/glamuploader/ui/stacks.py" line="+64"/>
        <source>&amp;Stack similar photos</source>
        <translation type="unfinished">Oʻxshash suratlarni &amp;dastalarga yigʻish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show each burst or near-duplicate as one photo with a count; Space on it compares them</source>
        <translation type="unfinished">Har bir ketma-ket suratga olish seriyasini yoki deyarli bir xil nusxalarni soni yozilgan bitta surat sifatida koʻrsatish; uning ustida Boʻshliq tugmasini bossangiz, ular solishtiriladi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep the best of each stack</source>
        <translation type="unfinished">&amp;Har bir dastadan eng yaxshisini qoldirish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In every stack, pick the photo with most stars (or the one picked, or the first) and reject the others</source>
        <translation type="unfinished">Har bir dastada eng koʻp yulduzli suratni (yoki avval tanlab olinganini, yoki birinchisini) tanlab olish va qolganlarini rad etish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation type="unfinished">Bekor qilish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding similar photos: %v of %m</source>
        <translation type="unfinished">Oʻxshash suratlar qidirilmoqda: %v / %m</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n stack(s) of similar photos.</source>
        <translation type="unfinished">
            <numerusform>Oʻxshash suratlardan %n ta dasta tuzildi.</numerusform>
            <numerusform>Oʻxshash suratlardan %n ta dasta tuzildi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Similar photos could not be found: %1</source>
        <translation type="unfinished">Oʻxshash suratlarni topib boʻlmadi: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The selected photo is in no stack of similar photos. Turn on Edit ▸ Stack similar photos to find them.</source>
        <translation type="unfinished">Tanlangan surat oʻxshash suratlarning birorta dastasida ham yoʻq. Ularni topish uchun “Tahrirlash ▸ Oʻxshash suratlarni dastalarga yigʻish” bandini yoqing.</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <location filename="../src/glamuploader/ui/tableview.py" line="+29"/>
        <source>file</source>
        <translation type="unfinished">fayl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file name</source>
        <translation type="unfinished">fayl nomi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned title</source>
        <translation type="unfinished">rejalashtirilgan sarlavha</translation>
    </message>
</context>
<context>
    <name>TemplateFields</name>
    <message>
        <location filename="../src/glamuploader/ui/fieldnames.py" line="+11"/>
        <source>Artist</source>
        <translation type="unfinished">Rassom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation type="unfinished">Muallif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation type="unfinished">Sarlavha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation type="unfinished">Tavsif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished">Sana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation type="unfinished">Material va texnika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation type="unfinished">Oʻlchamlari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation type="unfinished">Muassasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation type="unfinished">Boʻlim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accession number</source>
        <translation type="unfinished">Inventar raqami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit line</source>
        <translation type="unfinished">Minnatdorchilik satri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished">Manba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission</source>
        <translation type="unfinished">Ruxsat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Other versions</source>
        <translation type="unfinished">Boshqa versiyalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted people</source>
        <translation type="unfinished">Tasvirlangan shaxslar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted place</source>
        <translation type="unfinished">Tasvirlangan joy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of creation</source>
        <translation type="unfinished">Yaratilgan joyi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of discovery</source>
        <translation type="unfinished">Topilgan joyi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object history</source>
        <translation type="unfinished">Buyum tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibition history</source>
        <translation type="unfinished">Koʻrgazmalar tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inscriptions</source>
        <translation type="unfinished">Yozuvlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished">Qaydlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation type="unfinished">Adabiyotlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item</source>
        <translation type="unfinished">Vikimaʼlumotlar elementi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photographer</source>
        <translation type="unfinished">Fotograf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the artwork</source>
        <translation type="unfinished">Asar litsenziyasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo description</source>
        <translation type="unfinished">Surat tavsifi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the photo</source>
        <translation type="unfinished">Surat sanasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the photo</source>
        <translation type="unfinished">Surat litsenziyasi</translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/delegate.py" line="+105"/>
        <source>%n similar</source>
        <translation type="unfinished">
            <numerusform>%n oʻxshash</numerusform>
            <numerusform>%n oʻxshash</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/uploadpanel.py" line="+96"/>
        <source>Upload to %1</source>
        <translation type="unfinished">Yuklash manzili: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in…</source>
        <translation type="unfinished">Kirish…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Start upload</source>
        <translation type="unfinished">Yuklashni boshlash</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+164"/>
        <source>Resume</source>
        <translation type="unfinished">Davom ettirish</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Pause</source>
        <translation type="unfinished">Toʻxtatib turish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the file that is going up now; a big file stops after its current chunk and goes on from there</source>
        <translation type="unfinished">Hozir yuklanayotgan fayldan keyin toʻxtatib turish; katta fayl joriy boʻlagidan keyin toʻxtaydi va keyin oʻsha yerdan davom etadi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after the file that is going up now and close; what was uploaded stays recorded</source>
        <translation type="unfinished">Hozir yuklanayotgan fayldan keyin toʻxtatish va yopish; yuklanganlar qayd etilgan holda qoladi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry failed</source>
        <translation type="unfinished">Muvaffaqiyatsiz boʻlganlarni qayta yuborish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report (CSV)…</source>
        <translation type="unfinished">Hisobotni saqlash (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy gallery wikitext</source>
        <translation type="unfinished">Galereya vikimatnini nusxalash</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation type="unfinished">Fayl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished">Holat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File page</source>
        <translation type="unfinished">Fayl sahifasi</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending…</source>
        <translation type="unfinished">Yuborishdan oldin fayllar koʻzdan kechirilmoqda…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not logged in to %1.</source>
        <translation type="unfinished">%1 saytiga kirilmagan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in to %1 as %2.</source>
        <translation type="unfinished">%1 saytiga %2 sifatida kirilgan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation type="unfinished">Yopish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished">Bekor qilish</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log in and upload…</source>
        <translation type="unfinished">Kirish va yuklash…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%v of %m files</source>
        <translation type="unfinished">%m ta fayldan %v tasi</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Logging in…</source>
        <translation type="unfinished">Kirilmoqda…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Login failed: %1</source>
        <translation type="unfinished">Kirib boʻlmadi: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The files are checked; sending them now.</source>
        <translation type="unfinished">Fayllar tekshirildi; endi ular yuborilmoqda.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Waiting %1 s: this account may upload only so many files an hour (the wiki&apos;s rate limit)</source>
        <translation type="unfinished">%1 soniya kutilmoqda: bu hisob bir soatda faqat cheklangan miqdorda fayl yuklay oladi (vikining tezlik cheklovi)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The wiki is busy; trying %1 again in %2 s</source>
        <translation type="unfinished">Viki band; %1 %2 soniyadan keyin qayta yuboriladi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki did not answer; trying %1 again in %2 s</source>
        <translation type="unfinished">Viki javob bermadi; %1 %2 soniyadan keyin qayta yuboriladi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uploading %1</source>
        <translation type="unfinished">%1 yuklanmoqda</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopping after the file that is going up now…</source>
        <translation type="unfinished">Hozir yuklanayotgan fayldan keyin toʻxtatiladi…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About %1 min %2 s left</source>
        <translation type="unfinished">Taxminan %1 daqiqa %2 soniya qoldi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uploaded, %2 already on the wiki, %3 failed.</source>
        <translation type="unfinished">%1 ta yuklandi, %2 tasi vikida allaqachon bor edi, %3 tasi muvaffaqiyatsiz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused.</source>
        <translation type="unfinished">Toʻxtatib turildi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wiki has no structured data: captions and statements were not written.</source>
        <translation type="unfinished">Bu vikida tuzilmaviy maʼlumotlar yoʻq: izohlar va bayonotlar yozilmadi.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending (still there, changed since import): %1 of %2…</source>
        <translation type="unfinished">Yuborishdan oldin fayllar koʻzdan kechirilmoqda (joyidami, importdan keyin oʻzgarmaganmi): %2 tadan %1 tasi…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upload journal was damaged. It is kept as %1 and a new one was begun. Nothing is lost: files already on the wiki are found by their checksum.</source>
        <translation type="unfinished">Yuklash jurnali shikastlangan edi. U %1 sifatida saqlab qoʻyildi va yangisi boshlandi. Hech narsa yoʻqolmadi: vikida allaqachon bor fayllar nazorat yigʻindisi orqali topiladi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save report</source>
        <translation type="unfinished">Hisobotni saqlash</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV fayllar (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report is saved as %1.</source>
        <translation type="unfinished">Hisobot %1 sifatida saqlandi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gallery wikitext is on the clipboard.</source>
        <translation type="unfinished">Galereya vikimatni almashish buferiga nusxalandi.</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../src/glamuploader/ui/viewer.py" line="+284"/>
        <source>This file cannot be shown: it is not a picture the viewer can read, or it is damaged. Check it in the list of problems.</source>
        <translation type="unfinished">Bu faylni koʻrsatib boʻlmaydi: u koʻrish oynasi oʻqiy oladigan rasm emas yoki shikastlangan. Uni muammolar roʻyxatida tekshiring.</translation>
    </message>
</context>
<context>
    <name>_LocationEditor</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/fieldwidgets.py" line="+105"/>
        <source>latitude</source>
        <translation type="unfinished">kenglik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude</source>
        <translation type="unfinished">uzunlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heading °</source>
        <translation type="unfinished">yoʻnalish °</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation type="unfinished">Xarita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this place on OpenStreetMap in your browser</source>
        <translation type="unfinished">Bu joyni brauzeringizda OpenStreetMap xaritasida koʻrsatish</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>removed from the upload</source>
        <translation type="unfinished">yuklanadigan nusxadan olib tashlandi</translation>
    </message>
</context>
<context>
    <name>_TextRow</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="-40"/>
        <source>Remove this language</source>
        <translation type="unfinished">Bu tilni olib tashlash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(tanlangan fayllarda turlicha)</translation>
    </message>
</context>
</TS>
