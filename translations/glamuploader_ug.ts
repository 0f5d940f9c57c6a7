<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ug">
<context>
    <name>About</name>
    <message>
        <location filename="../src/glamuploader/ui/about.py" line="+24"/>
        <source>New batches</source>
        <translation type="unfinished">يېڭى تۈركۈملەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload journal (what reached the wiki, for resuming)</source>
        <translation type="unfinished">يۈكلەش خاتىرىسى (ۋىكىغا يەتكەنلىرى، داۋاملاشتۇرۇش ئۈچۈن)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbnails and lookups cache</source>
        <translation type="unfinished">كىچىك سۈرەتلەر ۋە ئىزدەش غەملىكى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch uploads of photos and scans to Wikimedia Commons, with structured data.</source>
        <translation type="unfinished">فوتو سۈرەت ۋە سكاننېرلانغان ھۆججەتلەرنى قۇرۇلمىلىق سانلىق مەلۇمات بىلەن بىللە ۋىكى ۋاسىتە ھەمبەھىرىگە تۈركۈملەپ يۈكلەش.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished">GNU GPL نىڭ 3-نەشرى ياكى ئۇنىڭدىن كېيىنكى نەشرى بويىچە ئەركىن يۇمشاق دېتال.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your files live:</source>
        <translation type="unfinished">ھۆججەتلىرىڭىز ساقلىنىدىغان ئورۇن:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built on:</source>
        <translation type="unfinished">ئاساسلانغان قوراللار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a crash: open the app again. Your batch is saved as you work, and the journal knows which files reached the wiki; Upload goes on without sending any file twice.</source>
        <translation type="unfinished">پروگرامما توساتتىن تاقىلىپ قالسا: ئۇنى قايتا ئېچىڭ. تۈركۈمىڭىز ئىشلەۋاتقان ۋاقتىڭىزدا ساقلىنىپ تۇرىدۇ، خاتىرە قايسى ھۆججەتلەرنىڭ ۋىكىغا يەتكەنلىكىنى بىلىدۇ؛ «يۈكلە» ھېچقانداق ھۆججەتنى ئىككى قېتىم ئەۋەتمەي داۋاملىشىدۇ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reviewed translations: %1.</source>
        <translation type="unfinished">تەكشۈرۈلگەن تەرجىمىلەر: ⁨%1⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet reviewed by a native speaker: %1. Corrections are welcome (translations/README.md says how).</source>
        <translation type="unfinished">ئانا تىلى شۇ تىل بولغان كىشى تېخى تەكشۈرمىگەن تەرجىمىلەر: ⁨%1⁩. تۈزىتىشلىرىڭىزنى قارشى ئالىمىز (قانداق قىلىشنى translations/README.md دىن كۆرۈڭ).</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../src/glamuploader/ui/delegate.py" line="+19"/>
        <source>problem</source>
        <translation type="unfinished">مەسىلە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation type="unfinished">تەييار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploading</source>
        <translation type="unfinished">يۈكلىنىۋاتىدۇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded</source>
        <translation type="unfinished">يۈكلەندى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded, data pending</source>
        <translation type="unfinished">يۈكلەندى، سانلىق مەلۇمات كۈتۈلۈۋاتىدۇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation type="unfinished">مەغلۇپ بولدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate</source>
        <translation type="unfinished">تەكرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation type="unfinished">رەت قىلىندى</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/tableview.py" line="+312"/>
        <source>Paste %n cell(s)</source>
        <translation type="unfinished">
            <numerusform>⁨%n⁩ كاتەكچىنى چاپلا</numerusform>
            <numerusform>⁨%n⁩ كاتەكچىنى چاپلا</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill down</source>
        <translation type="unfinished">تۆۋەنگە تولدۇر</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replace in %1</source>
        <translation type="unfinished">⁨%1⁩ ئىچىدە ئالماشتۇر</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <location line="-246"/>
        <source>Thumbnail</source>
        <translation type="unfinished">كىچىك سۈرەت</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Edit %1</source>
        <translation type="unfinished">⁨%1⁩ نى تەھرىرلە</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <location filename="../src/glamuploader/ui/curation.py" line="+67"/>
        <source>Go to the &amp;next photo after marking one</source>
        <translation type="unfinished">&amp;بەلگە قويۇلغاندا كېيىنكى سۈرەتكە ئۆت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After P, X, U or a number of stars, the next photo is shown</source>
        <translation type="unfinished">P، X، U ياكى يۇلتۇز كۇنۇپكىسى بېسىلغاندىن كېيىن كېيىنكى سۈرەت كۆرسىتىلىدۇ</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Select two to four photos to compare them side by side.</source>
        <translation type="unfinished">يانمۇيان سېلىشتۇرۇش ئۈچۈن ئىككىدىن تۆتكىچە سۈرەت تاللاڭ.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Turn left</source>
        <translation type="unfinished">سولغا ئايلاندۇر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn right</source>
        <translation type="unfinished">ئوڭغا ئايلاندۇر</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Keep one, reject %n other(s)</source>
        <translation type="unfinished">
            <numerusform>بىرىنى قالدۇرۇپ، باشقا ⁨%n⁩ سۈرەتنى رەت قىل</numerusform>
            <numerusform>بىرىنى قالدۇرۇپ، باشقا ⁨%n⁩ سۈرەتنى رەت قىل</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stars: %1</source>
        <translation type="unfinished">يۇلتۇز: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick</source>
        <translation type="unfinished">تاللاپ ئال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject</source>
        <translation type="unfinished">رەت قىل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark</source>
        <translation type="unfinished">بەلگىنى تازىلا</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../src/glamuploader/ui/demo.py" line="+12"/>
        <source>Starting the sandbox wiki and making sample photos… (the first time takes a minute)</source>
        <translation type="unfinished">سىناق ۋىكىسى قوزغىتىلىۋاتىدۇ ۋە ئۈلگە سۈرەتلەر ياسىلىۋاتىدۇ… (تۇنجى قېتىم بىر مىنۇتچە ۋاقىت كېتىدۇ)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sample batch is aimed at the sandbox wiki on this computer.</source>
        <translation type="unfinished">ئۈلگە تۈركۈم مۇشۇ كومپيۇتېردىكى سىناق ۋىكىسىغا قارىتىلغان.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/panel.py" line="+146"/>
        <source>&amp;Description</source>
        <translation type="unfinished">&amp;چۈشەندۈرۈش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;itle</source>
        <translation type="unfinished">&amp;ماۋزۇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ption</source>
        <translation type="unfinished">ئى&amp;زاھات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Author</source>
        <translation type="unfinished">&amp;ئاپتور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Da&amp;te</source>
        <translation type="unfinished">چېس&amp;لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation type="unfinished">مەن&amp;بە</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Licence</source>
        <translation type="unfinished">ئى&amp;جازەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Categories</source>
        <translation type="unfinished">&amp;سەھىپىلەر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Depicts</source>
        <translation type="unfinished">تەسۋىرلىگىنى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locatio&amp;n</source>
        <translation type="unfinished">ئو&amp;رنى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Te&amp;mplates</source>
        <translation type="unfinished">&amp;قېلىپلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privac&amp;y</source>
        <translation type="unfinished">&amp;شەخسىيەت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page template</source>
        <translation type="unfinished">بەت قېلىپى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;version of</source>
        <translation type="unfinished">ي&amp;ېڭىلىنىدىغان ھۆججەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version s&amp;ummary</source>
        <translation type="unfinished">&amp;نەشر ئۈزۈندىسى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY. Empty: the date the photo was taken.</source>
        <translation type="unfinished">YYYY-MM-DD، YYYY-MM ياكى YYYY. بوش قالسا: سۈرەت تارتىلغان چېسلا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty for your own work; else the museum, book or web address.</source>
        <translation type="unfinished">ئۆزىڭىزنىڭ ئەسىرى بولسا بوش قالدۇرۇڭ؛ بولمىسا مۇزېي، كىتاب ياكى تور ئادرېسى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category name, without “Category:”</source>
        <translation type="unfinished">سەھىپە ئاتى، «Category:» قوشۇلمايدۇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item, e.g. Q42</source>
        <translation type="unfinished">Wikidata تۈرى، مەسىلەن Q42</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation type="unfinished">مەسىلەن {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata</source>
        <translation type="unfinished">مېتامەلۇمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence, author and categories for every file…</source>
        <translation type="unfinished">ھەر بىر ھۆججەتنىڭ ئىجازىتى، ئاپتورى ۋە سەھىپىلىرى…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload a better version of this file…</source>
        <translation type="unfinished">بۇ ھۆججەتنىڭ تېخىمۇ ياخشى نەشرىنى يۈكلە…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else goes up as a new file.</source>
        <translation type="unfinished">پەقەت ئوخشاش بىر سۈرەتنى ئازراق ياخشىلاش ئۈچۈن: ئېنىقلىقى، رەڭگى، شاۋقۇنى ياكى ئايلاندۇرۇلۇشى. باشقا ھەر قانداق ئۆزگىرىش يېڭى ھۆججەت سۈپىتىدە يۈكلىنىدۇ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cleaned copy is uploaded; the pixels and your original file are never changed.</source>
        <translation type="unfinished">تازىلانغان بىر نۇسخىسى يۈكلىنىدۇ؛ پىكسېللار ۋە ئەسلى ھۆججىتىڭىز ھەرگىز ئۆزگەرتىلمەيدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:Name.jpg on the wiki — empty for a new file</source>
        <translation type="unfinished">ۋىكىدىكى File:Name.jpg — يېڭى ھۆججەت بولسا بوش قالدۇرۇڭ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commons allows a new version only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else (another photo, a crop that changes what is shown) goes up as a new file. When in doubt, upload a new file.</source>
        <translation type="unfinished">ۋىكى ۋاسىتە ھەمبەھىرى يېڭى نەشرىگە پەقەت ئوخشاش بىر سۈرەت ئازراق ياخشىلانغاندىلا يول قويىدۇ: ئېنىقلىقى، رەڭگى، شاۋقۇنى ياكى ئايلاندۇرۇلۇشى. باشقا ھەر قانداق ئۆزگىرىش (باشقا بىر سۈرەت، كۆرسىتىلگەن نەرسىنى ئۆزگەرتىدىغان كېسىش) يېڭى ھۆججەت سۈپىتىدە يۈكلىنىدۇ. ئىككىلەنسىڭىز، يېڭى ھۆججەت يۈكلەڭ.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Uploaded as %1. Its page is edited on the wiki now.</source>
        <translation type="unfinished">⁨%1⁩ بولۇپ يۈكلەندى. ئۇنىڭ بېتى ئەمدى ۋىكىدا تەھرىرلىنىدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on the wiki as %1: it is not uploaded again.</source>
        <translation type="unfinished">ۋىكىدا ⁨%1⁩ بولۇپ ئاللىقاچان بار: قايتا يۈكلەنمەيدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These files are on the wiki. Their pages are edited there now.</source>
        <translation type="unfinished">بۇ ھۆججەتلەر ۋىكىدا بار. ئۇلارنىڭ بەتلىرى ئەمدى شۇ يەردە تەھرىرلىنىدۇ.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keywords from the file as categories: %1</source>
        <translation type="unfinished">ھۆججەتتىكى ئاچقۇچلۇق سۆزلەر سەھىپە سۈپىتىدە: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each is checked on the wiki like any category; remove those that are not categories there.</source>
        <translation type="unfinished">ھەر بىرى باشقا سەھىپىلەرگە ئوخشاش ۋىكىدا تەكشۈرۈلىدۇ؛ ئۇ يەردە سەھىپە بولمىغانلىرىنى چىقىرىۋېتىڭ.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Museum field</source>
        <translation type="unfinished">مۇزېي خانىسى</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select one or more files to edit them.</source>
        <translation type="unfinished">تەھرىرلەش ئۈچۈن بىر ياكى بىر قانچە ھۆججەت تاللاڭ.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n files selected: a change applies to all of them.</source>
        <translation type="unfinished">
            <numerusform>⁨%n⁩ ھۆججەت تاللاندى: ئۆزگەرتىش ھەممىسىگە قوللىنىلىدۇ.</numerusform>
            <numerusform>⁨%n⁩ ھۆججەت تاللاندى: ئۆزگەرتىش ھەممىسىگە قوللىنىلىدۇ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(تاللانغان ھۆججەتلەردە ئوخشاش ئەمەس)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">⁨%1⁩ — تۈركۈمنىڭ كۆڭۈلدىكى قىممىتىدىن</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>From the file: %1</source>
        <translation type="unfinished">ھۆججەتتىن: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Will be uploaded as: File:%1</source>
        <translation type="unfinished">ھۆججەت مۇنداق يۈكلىنىدۇ: File:⁨%1⁩</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taken: %1</source>
        <translation type="unfinished">تارتىلغان ۋاقتى: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the picture shows</source>
        <translation type="unfinished">سۈرەتتە نېمە كۆرسىتىلگەن</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+37"/>
        <source>Send the file as it is</source>
        <translation type="unfinished">ھۆججەتنى ئەينەن ئەۋەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the location (GPS) from the uploaded copy</source>
        <translation type="unfinished">يۈكلەنگەن نۇسخىدىن ئورۇن ئۇچۇرىنى (GPS) ئۆچۈر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove all camera data from the uploaded copy</source>
        <translation type="unfinished">يۈكلەنگەن نۇسخىدىن بارلىق كامېرا ئۇچۇرلىرىنى ئۆچۈر</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="+30"/>
        <source>The upload journal could not be written (%1). Nothing is lost: free some space on the disk or check the folder&apos;s permissions, then press Upload again.</source>
        <translation type="unfinished">يۈكلەش خاتىرىسىنى يازغىلى بولمىدى (⁨%1⁩). ھېچنېمە يوقالمىدى: دىسكىدىن بىر ئاز بوشلۇق بوشىتىڭ ياكى قىسقۇچنىڭ ھوقۇقلىرىنى تەكشۈرۈڭ، ئاندىن «يۈكلە» نى قايتا بېسىڭ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The batch could not be opened.</source>
        <translation type="unfinished">تۈركۈمنى ئاچقىلى بولمىدى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be saved. Check that the folder exists and that there is space on the disk.</source>
        <translation type="unfinished">تۈركۈمنى ساقلىغىلى بولمىدى. قىسقۇچنىڭ بارلىقىنى ۋە دىسكىدا بوشلۇق بارلىقىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files could not be imported.</source>
        <translation type="unfinished">ھۆججەتلەرنى ئەكىرگىلى بولمىدى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be checked.</source>
        <translation type="unfinished">تۈركۈمنى تەكشۈرگىلى بولمىدى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload stopped.</source>
        <translation type="unfinished">يۈكلەش توختاپ قالدى.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location line="-33"/>
        <source>title</source>
        <translation type="unfinished">ماۋزۇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation type="unfinished">چۈشەندۈرۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption</source>
        <translation type="unfinished">ئىزاھات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation type="unfinished">چېسلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author</source>
        <translation type="unfinished">ئاپتور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation type="unfinished">مەنبە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licence</source>
        <translation type="unfinished">ئىجازەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categories</source>
        <translation type="unfinished">سەھىپىلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depicts</source>
        <translation type="unfinished">تەسۋىرلىگىنى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation type="unfinished">ئورنى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>templates</source>
        <translation type="unfinished">قېلىپلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation type="unfinished">ھۆججەت</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <location filename="../src/glamuploader/ui/firstrun.py" line="+186"/>
        <source>Logging in…</source>
        <translation type="unfinished">تىزىمغا كىرىۋاتىدۇ…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logged in as %1. Uploads will use this account.</source>
        <translation type="unfinished">⁨%1⁩ سالاھىيىتىدە تىزىمغا كىردىڭىز. يۈكلەشتە مۇشۇ ھېسابات ئىشلىتىلىدۇ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login failed: %1</source>
        <translation type="unfinished">تىزىمغا كىرىش مەغلۇپ بولدى: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tools log in with a &lt;b&gt;bot password&lt;/b&gt;, not your main password: it can only do what you allow, and you can revoke it at any time.</source>
        <translation type="unfinished">قوراللار ئاساسىي پارولىڭىز بىلەن ئەمەس، &lt;b&gt;ماشىنا ئادەم پارولى&lt;/b&gt; بىلەن تىزىمغا كىرىدۇ: ئۇ پەقەت سىز يول قويغان ئىشلارنىلا قىلالايدۇ، ئۇنى خالىغان ۋاقىتتا بىكار قىلالايسىز.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the wiki, open &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt;, make one named &lt;i&gt;glamuploader&lt;/i&gt; with the rights to edit, create pages and upload files, and enter here &lt;i&gt;YourName@glamuploader&lt;/i&gt; and the password the wiki shows you. &lt;a href=&quot;%2&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation type="unfinished">ۋىكىدا &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt; نى ئېچىپ، تەھرىرلەش، بەت قۇرۇش ۋە ھۆججەت يۈكلەش ھوقۇقى بېرىلگەن &lt;i&gt;glamuploader&lt;/i&gt; ناملىق بىر ماشىنا ئادەم پارولى قۇرۇڭ، ئاندىن بۇ يەرگە &lt;i&gt;YourName@glamuploader&lt;/i&gt; نى ۋە ۋىكى كۆرسەتكەن پارولنى كىرگۈزۈڭ. &lt;a href=&quot;%2&quot;&gt;ماشىنا ئادەم پارولى قانداق ئىشلەيدۇ&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New batches will go to: %1</source>
        <translation type="unfinished">يېڭى تۈركۈملەرنىڭ نىشانى: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author: %1</source>
        <translation type="unfinished">ئاپتور: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: %1</source>
        <translation type="unfinished">ئىجازەت: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of this can be changed under Edit ▸ Preferences, and this assistant is under Help. The guide (Help ▸ Guide, F1) shows the common job step by step.</source>
        <translation type="unfinished">بۇلارنىڭ ھەممىسىنى «تەھرىر ▸ مايىللىق» دە ئۆزگەرتكىلى بولىدۇ، بۇ ياردەمچى بولسا «ياردەم» تىزىملىكىدە. قوللانما («ياردەم ▸ قوللانما»، F1) ئادەتتىكى ئىش تەرتىپىنى قەدەممۇقەدەم كۆرسىتىپ بېرىدۇ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Welcome to GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader غا خۇش كەپسىز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation type="unfinished">خۇش كەپسىز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which wiki?</source>
        <translation type="unfinished">قايسى ۋىكى؟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your bot password</source>
        <translation type="unfinished">ماشىنا ئادەم پارولىڭىز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author and licence</source>
        <translation type="unfinished">ئاپتور ۋە ئىجازەت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation type="unfinished">تەييار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few questions, once. Each can be skipped with Next.</source>
        <translation type="unfinished">بىر قانچە سوئال، پەقەت بىرلا قېتىم. ھەر بىرىنى «كېيىنكى» نى بېسىپ ئاتلاپ ئۆتسىڭىز بولىدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where new batches are uploaded.</source>
        <translation type="unfinished">يېڭى تۈركۈملەر يۈكلىنىدىغان جاي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So that uploads can start without asking. You can skip this and log in when you upload.</source>
        <translation type="unfinished">يۈكلەش سىزدىن سورىماي باشلىنىشى ئۈچۈن. بۇنى ئاتلاپ ئۆتۈپ، يۈكلىگەندە تىزىمغا كىرسىڭىزمۇ بولىدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What new batches start with; each file can still have its own.</source>
        <translation type="unfinished">يېڭى تۈركۈملەرنىڭ دەسلەپكى قىممەتلىرى؛ ھەر بىر ھۆججەتنىڭ يەنىلا ئۆزىگە خاس قىممىتى بولسا بولىدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can start.</source>
        <translation type="unfinished">باشلىسىڭىز بولىدۇ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GLAM Uploader uploads photos and scans to Wikimedia Commons: many at once, with descriptions, categories and structured data, and shows every problem before anything is sent.</source>
        <translation type="unfinished">GLAM Uploader فوتو سۈرەت ۋە سكاننېرلانغان ھۆججەتلەرنى ۋىكى ۋاسىتە ھەمبەھىرىگە يۈكلەيدۇ: نۇرغۇنىنى بىراقلا، چۈشەندۈرۈش، سەھىپە ۋە قۇرۇلمىلىق سانلىق مەلۇماتلىرى بىلەن بىللە يۈكلەيدۇ، ھېچنېمە ئەۋەتىلىشتىن ئىلگىرى ھەر بىر مەسىلىنى كۆرسىتىپ بېرىدۇ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language of the app</source>
        <translation type="unfinished">&amp;پروگراممىنىڭ تىلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The real Commons: what you upload is public at once.</source>
        <translation type="unfinished">ھەقىقىي ۋىكى ۋاسىتە ھەمبەھىرى: يۈكلىگىنىڭىز دەرھال ئاشكارا بولىدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test copy of Commons, to try things out; it is emptied from time to time.</source>
        <translation type="unfinished">ۋىكى ۋاسىتە ھەمبەھىرىنىڭ سىناش ئۈچۈن ئېچىلغان نۇسخىسى؛ ئۇ ۋاقىت-ۋاقىت بىلەن تازىلىنىپ تۇرىدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A wiki on this computer, to try the app without an account (needs PHP and MediaWiki installed).</source>
        <translation type="unfinished">مۇشۇ كومپيۇتېردىكى ۋىكى، پروگراممىنى ھېساباتسىز سىناپ بېقىش ئۈچۈن (PHP ۋە MediaWiki قاچىلانغان بولۇشى كېرەك).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>YourName@glamuploader</source>
        <translation type="unfinished">YourName@glamuploader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">مەسىلەن [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation type="unfinished">&amp;ئىشلەتكۈچى ئاتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;پارول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the password in the system keyring</source>
        <translation type="unfinished">پارولنى سىستېمىنىڭ ئاچقۇچ ھالقىسىدا &amp;ساقلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the login</source>
        <translation type="unfinished">تى&amp;زىمغا كىرىشنى تەكشۈر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the sandbox wiki&apos;s &amp;test account</source>
        <translation type="unfinished">سىناق ۋىكىسىنىڭ سىناق &amp;ھېساباتىنى ئىشلەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The author is how you want to be credited, e.g. [[User:Name|Name]]. The licence applies to your own photos; for museum scans choose per file.</source>
        <translation type="unfinished">ئاپتور خانىسىغا ئىسمىڭىزنىڭ قانداق كۆرسىتىلىشىنى خالىسىڭىز شۇنداق يېزىڭ، مەسىلەن [[User:Name|Name]]. ئىجازەت ئۆزىڭىز تارتقان سۈرەتلەرگە قوللىنىلىدۇ؛ مۇزېيدا سكاننېرلانغان ھۆججەتلەر ئۈچۈن ئۇنى ھەر بىر ھۆججەتتە ئايرىم تاللاڭ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Author</source>
        <translation type="unfinished">&amp;ئاپتور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Li&amp;cence</source>
        <translation type="unfinished">ئى&amp;جازەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose per batch</source>
        <translation type="unfinished">ھەر تۈركۈمدە ئايرىم تاللىنىدۇ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation type="unfinished">ئاتلاپ ئۆت</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../src/glamuploader/ui/gridview.py" line="+107"/>
        <source>Table</source>
        <translation type="unfinished">جەدۋەل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the files as a table, a column per field, as in a spreadsheet</source>
        <translation type="unfinished">ھۆججەتلەرنى ئېلېكترونلۇق جەدۋەلدىكىدەك، ھەر بىر خانىغا بىر ستون قىلىپ جەدۋەل شەكلىدە كۆرسەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop photos or folders here, or use Import folder.

Then select files to describe them; the Problems panel below says what is still needed before upload.</source>
        <translation type="unfinished">سۈرەت ياكى قىسقۇچلارنى بۇ يەرگە تاشلاڭ، ياكى «قىسقۇچ ئەكىر» نى ئىشلىتىڭ.

ئاندىن ھۆججەتلەرنى تاللاپ ئۇلارنىڭ ئۇچۇرلىرىنى تولدۇرۇڭ؛ تۆۋەندىكى «مەسىلىلەر» تاختىسى يۈكلەشتىن ئىلگىرى يەنە نېمىلەرنىڭ كېرەكلىكىنى كۆرسىتىدۇ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file matches the filter. Clear the filter to see all files.</source>
        <translation type="unfinished">سۈزگۈچكە ماس كېلىدىغان ھۆججەت يوق. بارلىق ھۆججەتلەرنى كۆرۈش ئۈچۈن سۈزگۈچنى تازىلاڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by title, file name, description or category</source>
        <translation type="unfinished">ماۋزۇ، ھۆججەت ئاتى، چۈشەندۈرۈش ياكى سەھىپە بويىچە سۈزۈش</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All files</source>
        <translation type="unfinished">بارلىق ھۆججەتلەر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picked</source>
        <translation type="unfinished">تاللاپ ئېلىنغانلار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not rejected</source>
        <translation type="unfinished">رەت قىلىنمىغانلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked yet</source>
        <translation type="unfinished">تېخى بەلگە قويۇلمىغانلار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With one star or more</source>
        <translation type="unfinished">بىر يۇلتۇز ياكى ئۇنىڭدىن كۆپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With three stars or more</source>
        <translation type="unfinished">ئۈچ يۇلتۇز ياكى ئۇنىڭدىن كۆپ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sort by file name</source>
        <translation type="unfinished">ھۆججەت ئاتى بويىچە تەرتىپلە</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by date taken</source>
        <translation type="unfinished">تارتىلغان چېسلا بويىچە تەرتىپلە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by title</source>
        <translation type="unfinished">ماۋزۇ بويىچە تەرتىپلە</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by picks and stars</source>
        <translation type="unfinished">تاللاپ ئېلىش ۋە يۇلتۇز بويىچە تەرتىپلە</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/guide.py" line="+41"/>
        <source>The common job</source>
        <translation type="unfinished">ئادەتتىكى ئىش تەرتىپى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a folder of photos on the window, or use File ▸ Import folder. All the new files are selected.</source>
        <translation type="unfinished">سۈرەتلەر بار بىر قىسقۇچنى كۆزنەككە تاشلاڭ ياكى «ھۆججەت ▸ قىسقۇچ ئەكىر» نى ئىشلىتىڭ. يېڭى ھۆججەتلەرنىڭ ھەممىسى تاللىنىدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With many files selected, what you type applies to all of them: choose the licence, type the author and a category (Enter adds it).</source>
        <translation type="unfinished">كۆپ ھۆججەت تاللانغاندا، سىز كىرگۈزگەن نەرسە ھەممىسىگە قوللىنىلىدۇ: ئىجازەتنى تاللاڭ، ئاپتورنى ۋە بىر سەھىپىنى كىرگۈزۈڭ (Enter ئۇنى قوشىدۇ).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type one title for many files and they are numbered: &quot;Kazan walk 01&quot;, &quot;Kazan walk 02&quot;… Give a file its own description and caption where it needs one.</source>
        <translation type="unfinished">كۆپ ھۆججەتكە بىرلا ماۋزۇ كىرگۈزسىڭىز، ئۇلار نومۇرلىنىدۇ: «قازان سەيلىسى 01»، «قازان سەيلىسى 02»… كېرەك بولغان يەردە ھۆججەتكە ئۆزىگە خاس چۈشەندۈرۈش ۋە ئىزاھات بېرىڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the Problems panel. Errors (red) must be fixed; warnings may be accepted.</source>
        <translation type="unfinished">«مەسىلىلەر» تاختىسىغا قاراڭ. خاتالىقلارنى (قىزىل) چوقۇم تۈزىتىش كېرەك؛ ئاگاھلاندۇرۇشلارنى قوبۇل قىلسىڭىزمۇ بولىدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Upload (%1), log in with your bot password, and watch the files go up. Each uploaded file links to its page on the wiki.</source>
        <translation type="unfinished">«يۈكلە» نى (⁨%1⁩) بېسىڭ، ماشىنا ئادەم پارولىڭىز بىلەن تىزىمغا كىرىڭ، ئاندىن ھۆججەتلەرنىڭ يۈكلىنىشىنى كۆزىتىڭ. يۈكلەنگەن ھەر بىر ھۆججەت ۋىكىدىكى ئۆز بېتىگە ئۇلىنىدۇ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session kits</source>
        <translation type="unfinished">پائالىيەت توپلاملىرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session kit holds an event&apos;s defaults: licence, author, categories, depicts, the title pattern and the languages to offer. An organiser saves one with File ▸ Save defaults as kit and hands it to the volunteers, who open it with File ▸ Open session kit before they import.</source>
        <translation type="unfinished">پائالىيەت توپلىمىدا بىر پائالىيەتنىڭ كۆڭۈلدىكى قىممەتلىرى ساقلىنىدۇ: ئىجازەت، ئاپتور، سەھىپىلەر، تەسۋىرلىگىنى، ماۋزۇ ئەندىزىسى ۋە تاللاشقا سۇنۇلىدىغان تىللار. ئۇيۇشتۇرغۇچى ئۇنى «ھۆججەت ▸ كۆڭۈلدىكى قىممەتلەرنى توپلام قىلىپ ساقلا» ئارقىلىق ساقلاپ، پىدائىيلارغا بېرىدۇ؛ پىدائىيلار ھۆججەت ئەكىرىشتىن ئىلگىرى ئۇنى «ھۆججەت ▸ پائالىيەت توپلىمىنى ئاچ» ئارقىلىق ئاچىدۇ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File ▸ Batch defaults shows what every file of the batch starts with; a file&apos;s own value always wins.</source>
        <translation type="unfinished">«ھۆججەت ▸ تۈركۈمنىڭ كۆڭۈلدىكى قىممەتلىرى» تۈركۈمدىكى ھەر بىر ھۆججەتنىڭ دەسلەپكى قىممەتلىرىنى كۆرسىتىدۇ؛ ھۆججەتنىڭ ئۆز قىممىتى ھەمىشە ئۈستۈن تۇرىدۇ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The table of problems</source>
        <translation type="unfinished">مەسىلىلەر جەدۋىلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything that would make an upload fail, or a reviewer on Commons complain, is listed before anything is sent: missing licence or author, titles the wiki refuses or that are taken, categories that do not exist, files that are already on the wiki, damaged images.</source>
        <translation type="unfinished">يۈكلەشنى مەغلۇپ قىلىدىغان ياكى ۋىكى ۋاسىتە ھەمبەھىرىدىكى تەكشۈرگۈچىلەرنىڭ نارازىلىقىنى قوزغايدىغان ھەممە نەرسە ھېچنېمە ئەۋەتىلىشتىن ئىلگىرى كۆرسىتىلىدۇ: كەم ئىجازەت ياكى ئاپتور، ۋىكى رەت قىلىدىغان ياكى ئاللىقاچان ئىشلىتىلگەن ماۋزۇلار، مەۋجۇت بولمىغان سەھىپىلەر، ۋىكىدا ئاللىقاچان بار ھۆججەتلەر، بۇزۇلغان سۈرەتلەر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A problem shared by many files is one row; open it to see them. Double-click a row to go to the file and the field to mend. Upload stays off while errors remain.</source>
        <translation type="unfinished">كۆپ ھۆججەتكە ئورتاق مەسىلە بىر قۇردا كۆرسىتىلىدۇ؛ ئۇ ھۆججەتلەرنى كۆرۈش ئۈچۈن قۇرنى ئېچىڭ. تۈزىتىدىغان ھۆججەت ۋە خانىغا بېرىش ئۈچۈن قۇرنى قوش چېكىڭ. خاتالىق بار ۋاقىتتا «يۈكلە» ئىشلىمەيدۇ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choosing the best photos</source>
        <translation type="unfinished">ئەڭ ياخشى سۈرەتلەرنى تاللاپ ئېلىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space shows the selected photo filling the window; the arrows go on and back, Esc comes back. Z shows it at 100 % where the pointer is; drag it, or hold Shift and press the arrows, to look around.</source>
        <translation type="unfinished">Space تاللانغان سۈرەتنى پۈتۈن كۆزنەكنى تولدۇرۇپ كۆرسىتىدۇ؛ يۆنىلىش كۇنۇپكىلىرى ئالدىغا ۋە كەينىگە يۆتكەيدۇ، Esc قايتىدۇ. Z سۈرەتنى چاشقىنەك كۆرسەتكۈچى تۇرغان يەردە 100 % چوڭلۇقتا كۆرسىتىدۇ؛ ئەتراپىغا قاراش ئۈچۈن ئۇنى سۆرەڭ ياكى Shift نى بېسىپ تۇرۇپ يۆنىلىش كۇنۇپكىلىرىنى بېسىڭ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P picks, X rejects (a rejected photo is never checked nor uploaded), U unmarks, 0 to 5 give stars, and the next photo follows (Edit ▸ Go to the next photo after marking one). The list above the grid shows only the picks, what is not rejected, or the photos with stars.</source>
        <translation type="unfinished">P تاللاپ ئالىدۇ، X رەت قىلىدۇ (رەت قىلىنغان سۈرەت ھەرگىز تەكشۈرۈلمەيدۇ ۋە يۈكلەنمەيدۇ)، U بەلگىنى تازىلايدۇ، 0 دىن 5 كىچە كۇنۇپكىلار يۇلتۇز بېرىدۇ، ئاندىن كېيىنكى سۈرەت كۆرسىتىلىدۇ («تەھرىر ▸ بەلگە قويۇلغاندا كېيىنكى سۈرەتكە ئۆت»). كىچىك سۈرەتلەر ئۈستىدىكى تىزىملىك پەقەت تاللاپ ئېلىنغانلارنى، رەت قىلىنمىغانلارنى ياكى يۇلتۇزلۇق سۈرەتلەرنى كۆرسىتىدۇ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C compares two to four selected photos side by side, zoomed and moved together. Click the best one and press K: it is picked and the others are rejected.</source>
        <translation type="unfinished">C تاللانغان ئىككىدىن تۆتكىچە سۈرەتنى يانمۇيان سېلىشتۇرىدۇ: ئۇلار بىللە چوڭايتىلىدۇ ۋە يۆتكىلىدۇ. ئەڭ ياخشىسىنى چېكىپ K نى بېسىڭ: ئۇ تاللاپ ئېلىنىدۇ، باشقىلىرى رەت قىلىنىدۇ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit ▸ Stack similar photos shows each burst or near-copy as one photo with a count; Space on it compares them. Edit ▸ Keep the best of each stack picks the one with most stars in every stack and rejects the rest.</source>
        <translation type="unfinished">«تەھرىر ▸ ئوخشاش سۈرەتلەرنى دۆۋىلە» ئۇدا تارتىلغان ھەر بىر يۈرۈش سۈرەتنى ياكى ئاساسەن ئوخشاش سۈرەتلەرنى سانى يېزىلغان بىر سۈرەت قىلىپ كۆرسىتىدۇ؛ ئۇنىڭ ئۈستىدە Space ئۇلارنى سېلىشتۇرىدۇ. «تەھرىر ▸ ھەر بىر دۆۋىدىن ئەڭ ياخشىسىنى قالدۇر» ھەر بىر دۆۋىدە ئەڭ كۆپ يۇلتۇزلۇق سۈرەتنى تاللاپ ئالىدۇ ۋە قالغانلىرىنى رەت قىلىدۇ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[ and ] turn a photo a quarter. Only the copy sent is turned, by its orientation tag: your file is not changed and no pixel is compressed again (JPEG photos only).</source>
        <translation type="unfinished">[ ۋە ] سۈرەتنى 90° ئايلاندۇرىدۇ. پەقەت ئەۋەتىلىدىغان نۇسخىسىلا يۆنىلىش بەلگىسى ئارقىلىق ئايلاندۇرۇلىدۇ: ھۆججىتىڭىز ئۆزگەرمەيدۇ ۋە ھېچقانداق پىكسېل قايتا قىسىلمايدۇ (پەقەت JPEG سۈرەتلەر ئۈچۈن).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S selects the whole scene: the photos taken without a gap of 20 minutes or a walk of 300 m between them. What you then write in the editor goes to all of them.</source>
        <translation type="unfinished">S پۈتۈن مەنزىرىنى تاللايدۇ: ئارىلىقىدا 20 مىنۇتلۇق بوشلۇق ياكى 300 مېتىر ماڭغان يول بولمىغان سۈرەتلەرنى. ئاندىن تەھرىرلىگۈچتە يازغانلىرىڭىز ھەممىسىگە قوللىنىلىدۇ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Museum spreadsheets</source>
        <translation type="unfinished">مۇزېي جەدۋەللىرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File ▸ Fill in from a museum spreadsheet reads CSV, XLSX, ODS and Pattypan&apos;s .xls. Its columns are matched to the fields (you can change the match), each row to a file by name or accession number. Rows without a file and files without a row are named; nothing is dropped.</source>
        <translation type="unfinished">«ھۆججەت ▸ مۇزېي جەدۋىلىدىن تولدۇر» CSV، XLSX، ODS ۋە Pattypan نىڭ .xls ھۆججەتلىرىنى ئوقۇيدۇ. جەدۋەلنىڭ ستونلىرى خانىلارغا ماسلاشتۇرۇلىدۇ (ماسلاشتۇرۇشنى ئۆزگەرتەلەيسىز)، ھەر بىر قۇر ئات ياكى ئىنۋېنتار نومۇرى بويىچە بىر ھۆججەتكە ماسلاشتۇرۇلىدۇ. ھۆججىتى يوق قۇرلار ۋە قۇرى يوق ھۆججەتلەر كۆرسىتىلىدۇ؛ ھېچنېمە تاشلىۋېتىلمەيدۇ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After a crash or a lost connection</source>
        <translation type="unfinished">پروگرامما توساتتىن تاقالغاندىن ياكى تور ئۈزۈلگەندىن كېيىن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your batch is saved as you work. Open the app again: it reopens the batch.</source>
        <translation type="unfinished">تۈركۈمىڭىز ئىشلەۋاتقان ۋاقتىڭىزدا ساقلىنىپ تۇرىدۇ. پروگراممىنى قايتا ئېچىڭ: ئۇ تۈركۈمنى قايتا ئاچىدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload journal knows which files reached the wiki. Press Upload again and it goes on with the rest; no file is sent twice. Pause stops after the file that is going up.</source>
        <translation type="unfinished">يۈكلەش خاتىرىسى قايسى ھۆججەتلەرنىڭ ۋىكىغا يەتكەنلىكىنى بىلىدۇ. «يۈكلە» نى قايتا بېسىڭ، ئۇ قالغانلىرىنى داۋاملاشتۇرىدۇ؛ ھېچقانداق ھۆججەت ئىككى قېتىم ئەۋەتىلمەيدۇ. «ۋاقىتلىق توختات» بېسىلسا، يۈكلەش ھازىر يۈكلىنىۋاتقان ھۆججەتتىن كېيىن توختايدۇ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation type="unfinished">تېزلەتمە كۇنۇپكىلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: upload</source>
        <translation type="unfinished">⁨%1⁩: يۈكلەش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2: undo / redo</source>
        <translation type="unfinished">⁨%1⁩ / ⁨%2⁩: يېنىۋېلىش / قايتا قىلىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: import files; %2: import a folder</source>
        <translation type="unfinished">⁨%1⁩: ھۆججەت ئەكىرىش؛ ⁨%2⁩: قىسقۇچ ئەكىرىش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this guide</source>
        <translation type="unfinished">⁨%1⁩: مۇشۇ قوللانما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the grid and the table: P pick, X reject (never uploaded), U unmark, 0 to 5 stars; the next photo is selected after each.</source>
        <translation type="unfinished">كىچىك سۈرەتلەر كۆرۈنۈشىدە ۋە جەدۋەلدە: P — تاللاپ ئېلىش، X — رەت قىلىش (بۇنداق ھۆججەت ھەرگىز يۈكلەنمەيدۇ)، U — بەلگىنى تازىلاش، 0–5 — يۇلتۇز سانى؛ ھەر بىر كۇنۇپكا بېسىلغاندىن كېيىن كېيىنكى سۈرەت تاللىنىدۇ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GLAM Uploader guide</source>
        <translation type="unfinished">GLAM Uploader قوللانمىسى</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/kitdialog.py" line="+23"/>
        <source>Batch defaults</source>
        <translation type="unfinished">تۈركۈمنىڭ كۆڭۈلدىكى قىممەتلىرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These values apply to every file that does not have its own. Save them as a session kit to hand them to other volunteers.</source>
        <translation type="unfinished">بۇ قىممەتلەر ئۆزىنىڭ قىممىتى يوق ھەر بىر ھۆججەتكە قوللىنىلىدۇ. ئۇلارنى باشقا پىدائىيلارغا بېرىش ئۈچۈن پائالىيەت توپلىمى قىلىپ ساقلاڭ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">مەسىلەن [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty for your own work</source>
        <translation type="unfinished">ئۆزىڭىزنىڭ ئەسىرى بولسا بوش قالدۇرۇڭ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields: {title}, {date}, {n:03} (a number), {original} (the file name), {description:en}, and the kit&apos;s own fields such as {institution}</source>
        <translation type="unfinished">خانىلار: {title}، {date}، {n:03} (بىر سان)، {original} (ھۆججەت ئاتى)، {description:en} (ئىنگلىزچە چۈشەندۈرۈش)، شۇنىڭدەك توپلامنىڭ ئۆز خانىلىرى، مەسىلەن {institution}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One category a line</source>
        <translation type="unfinished">ھەر قۇرغا بىر سەھىپە</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One template a line, e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation type="unfinished">ھەر قۇرغا بىر قېلىپ، مەسىلەن {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the category “%1”</source>
        <translation type="unfinished">«⁨%1⁩» سەھىپىسىنى قوش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the event or partnership</source>
        <translation type="unfinished">پائالىيەت ياكى ھەمكارلىقنىڭ نامى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation type="unfinished">ئىجازەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation type="unfinished">ئاپتور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished">مەنبە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title pattern</source>
        <translation type="unfinished">ماۋزۇ ئەندىزىسى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description template</source>
        <translation type="unfinished">چۈشەندۈرۈش قېلىپى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories for every file</source>
        <translation type="unfinished">ھەر بىر ھۆججەتنىڭ سەھىپىلىرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates for every file</source>
        <translation type="unfinished">ھەر بىر ھۆججەتنىڭ قېلىپلىرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy for every file</source>
        <translation type="unfinished">ھەر بىر ھۆججەتنىڭ شەخسىيەت تاللىشى</translation>
    </message>
</context>
<context>
    <name>Kits</name>
    <message>
        <location filename="../src/glamuploader/ui/kits.py" line="+12"/>
        <source>Open session kit</source>
        <translation type="unfinished">پائالىيەت توپلىمىنى ئاچ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Session kits (*.kit.yaml)</source>
        <translation type="unfinished">پائالىيەت توپلاملىرى (*.kit.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save defaults as session kit</source>
        <translation type="unfinished">كۆڭۈلدىكى قىممەتلەرنى پائالىيەت توپلىمى قىلىپ ساقلا</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="+91"/>
        <source>Add language</source>
        <translation type="unfinished">تىل قوش</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <location filename="../src/glamuploader/ui/licensetexts.py" line="+12"/>
        <source>CC0 — no rights reserved</source>
        <translation type="unfinished">CC0 — ھېچقانداق ھوقۇق ساقلانمايدۇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 4.0 — attribution</source>
        <translation type="unfinished">CC BY 4.0 — ئاپتورنى كۆرسىتىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 4.0 — attribution, share alike</source>
        <translation type="unfinished">CC BY-SA 4.0 — ئاپتورنى كۆرسىتىش، ئوخشاش شەرتتە تارقىتىش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 3.0 — attribution, share alike (older version)</source>
        <translation type="unfinished">CC BY-SA 3.0 — ئاپتورنى كۆرسىتىش، ئوخشاش شەرتتە تارقىتىش (كونا نەشرى)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 3.0 — attribution (older version)</source>
        <translation type="unfinished">CC BY 3.0 — ئاپتورنى كۆرسىتىش (كونا نەشرى)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 70 years ago</source>
        <translation type="unfinished">ئاممىۋى ساھە — ئاپتور ۋاپات بولغىلى 70 يىلدىن ئاشتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 100 years ago</source>
        <translation type="unfinished">ئاممىۋى ساھە — ئاپتور ۋاپات بولغىلى 100 يىلدىن ئاشتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — photo of an old 2D artwork</source>
        <translation type="unfinished">ئاممىۋى ساھە — كونا تەكشىلىك (2D) سەنئەت ئەسىرىنىڭ سۈرىتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain in the USA — copyright expired</source>
        <translation type="unfinished">ئامېرىكىدا ئاممىۋى ساھە — نەشر ھوقۇقى مۇددىتى توشقان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — work of the US federal government</source>
        <translation type="unfinished">ئاممىۋى ساھە — ئامېرىكا فېدېرال ھۆكۈمىتىنىڭ ئەسىرى</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anyone may use the file for anything, without even naming you. Only for your own work.</source>
        <translation type="unfinished">ھەر قانداق ئادەم بۇ ھۆججەتنى ھەر قانداق مەقسەتتە، ھەتتا ئىسمىڭىزنى ئاتىماي ئىشلىتەلەيدۇ. پەقەت ئۆزىڭىزنىڭ ئەسىرى ئۈچۈنلا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone may use and change the file, also commercially, if they name the author.</source>
        <translation type="unfinished">ئاپتورنىڭ ئىسمىنى كۆرسەتسىلا، ھەر قانداق ئادەم بۇ ھۆججەتنى ئىشلىتەلەيدۇ ۋە ئۆزگەرتەلەيدۇ، تىجارەت مەقسىتىدىمۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone may use and change the file, also commercially, if they name the author and share changed versions under the same licence. The usual choice on Commons.</source>
        <translation type="unfinished">ئاپتورنىڭ ئىسمىنى كۆرسەتسە ۋە ئۆزگەرتىلگەن نۇسخىلىرىنى ئوخشاش ئىجازەت بىلەن تارقاتسا، ھەر قانداق ئادەم بۇ ھۆججەتنى ئىشلىتەلەيدۇ ۋە ئۆزگەرتەلەيدۇ، تىجارەت مەقسىتىدىمۇ. ۋىكى ۋاسىتە ھەمبەھىرىدە ئەڭ كۆپ تاللىنىدىغىنى شۇ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As CC BY-SA 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation type="unfinished">CC BY-SA 4.0 غا ئوخشاش؛ پەقەت مەنبە ھۆججەتنى 3.0 نەشرى بويىچە ئېلان قىلغان بولسىلا تاللاڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As CC BY 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation type="unfinished">CC BY 4.0 غا ئوخشاش؛ پەقەت مەنبە ھۆججەتنى 3.0 نەشرى بويىچە ئېلان قىلغان بولسىلا تاللاڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 70 years ago. Give the author and the date of the work.</source>
        <translation type="unfinished">ئاپتورى ۋاپات بولغىلى 70 يىلدىن ئاشقان ئەسەرلەر ئۈچۈن. ئاپتورنى ۋە ئەسەرنىڭ چېسلاسىنى كۆرسىتىڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 100 years ago; safe in almost every country.</source>
        <translation type="unfinished">ئاپتورى ۋاپات بولغىلى 100 يىلدىن ئاشقان ئەسەرلەر ئۈچۈن؛ دېگۈدەك ھەممە دۆلەتتە بىخەتەر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For faithful photos or scans of flat artworks (paintings, drawings, documents) whose author died more than 70 years ago.</source>
        <translation type="unfinished">ئاپتورى ۋاپات بولغىلى 70 يىلدىن ئاشقان تەكشىلىك سەنئەت ئەسەرلىرىنىڭ (رەسىم، سىزما، ۋەسىقە) ئەينەن فوتو سۈرىتى ياكى سكاننېرلانغان نۇسخىسى ئۈچۈن.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For works published in the USA long enough ago that copyright has expired there.</source>
        <translation type="unfinished">ئامېرىكىدا ئېلان قىلىنغىنىغا ئۇزۇن بولۇپ، ئۇ يەردە نەشر ھوقۇقى مۇددىتى توشقان ئەسەرلەر ئۈچۈن.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works made by US federal government employees in their duties.</source>
        <translation type="unfinished">ئامېرىكا فېدېرال ھۆكۈمىتى خادىملىرى ۋەزىپە ئۆتەش جەريانىدا ياراتقان ئەسەرلەر ئۈچۈن.</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/listfield.py" line="+78"/>
        <source>Add to selected</source>
        <translation type="unfinished">تاللانغانلارغا قوش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished">چىقىرىۋەت</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — batch default, on every file</source>
        <translation type="unfinished">⁨%1⁩ — تۈركۈمنىڭ كۆڭۈلدىكى قىممىتى، ھەر بىر ھۆججەتتە</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set in File ▸ Batch defaults; every file of the batch gets it. Remove it there if it does not fit every photo.</source>
        <translation type="unfinished">«ھۆججەت ▸ تۈركۈمنىڭ كۆڭۈلدىكى قىممەتلىرى» دە بېكىتىلگەن؛ تۈركۈمدىكى ھەر بىر ھۆججەتكە قوللىنىلىدۇ. ئەگەر ھەممە سۈرەتكە ماس كەلمىسە، ئۇنى شۇ يەردىن چىقىرىۋېتىڭ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 of %3 files</source>
        <translation type="unfinished">⁨%1⁩ — ⁨%2⁩/⁨%3⁩ ھۆججەتتە</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only some of the selected files have this. Add it again to give it to all of them.</source>
        <translation type="unfinished">تاللانغان ھۆججەتلەرنىڭ بەزىلىرىدىلا بۇ بار. ھەممىسىگە بېرىش ئۈچۈن ئۇنى قايتا قوشۇڭ.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+33"/>
        <source>Enter your user name and bot password.</source>
        <translation type="unfinished">ئىشلەتكۈچى ئاتىڭىز ۋە ماشىنا ئادەم پارولىڭىزنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki has no such account. Check the user name (for a bot password: YourName@Suffix).</source>
        <translation type="unfinished">ۋىكىدا بۇنداق ھېسابات يوق. ئىشلەتكۈچى ئاتىنى تەكشۈرۈڭ (ماشىنا ئادەم پارولى ئۈچۈن: YourName@Suffix).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The wiki refused the password. Use the password Special:BotPasswords showed, with YourName@Suffix.</source>
        <translation type="unfinished">ۋىكى پارولنى رەت قىلدى. Special:BotPasswords كۆرسەتكەن پارولنى YourName@Suffix بىلەن بىرگە ئىشلىتىڭ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many login attempts. Wait a few minutes and try again.</source>
        <translation type="unfinished">تىزىمغا كىرىشنى بەك كۆپ سىنىدىڭىز. بىر قانچە مىنۇت ساقلاپ، ئاندىن قايتا سىناڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not be reached. Check your connection.</source>
        <translation type="unfinished">ۋىكىغا ئۇلانغىلى بولمىدى. تور ئۇلىنىشىڭىزنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the login.</source>
        <translation type="unfinished">ۋىكى تىزىمغا كىرىشنى رەت قىلدى.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/logindialog.py" line="+13"/>
        <source>Log in to %1</source>
        <translation type="unfinished">⁨%1⁩ دا تىزىمغا كىرىش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in with a &lt;b&gt;bot password&lt;/b&gt;: on the wiki, open Special:BotPasswords, make one (e.g. named &lt;i&gt;glamuploader&lt;/i&gt;, with the rights to edit, create pages and upload files) and log in here as &lt;i&gt;YourName@glamuploader&lt;/i&gt;. &lt;a href=&quot;%1&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation type="unfinished">&lt;b&gt;ماشىنا ئادەم پارولى&lt;/b&gt; بىلەن تىزىمغا كىرىڭ: ۋىكىدا Special:BotPasswords نى ئېچىپ، بىرنى قۇرۇڭ (مەسىلەن، ئاتى &lt;i&gt;glamuploader&lt;/i&gt; بولسۇن، تەھرىرلەش، بەت قۇرۇش ۋە ھۆججەت يۈكلەش ھوقۇقى بېرىلسۇن)، ئاندىن بۇ يەردە &lt;i&gt;YourName@glamuploader&lt;/i&gt; سالاھىيىتىدە تىزىمغا كىرىڭ. &lt;a href=&quot;%1&quot;&gt;ماشىنا ئادەم پارولى قانداق ئىشلەيدۇ&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>YourName@glamuploader</source>
        <translation type="unfinished">YourName@glamuploader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the password in the system keyring</source>
        <translation type="unfinished">پارولنى سىستېمىنىڭ ئاچقۇچ ساندۇقىدا ساقلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation type="unfinished">ئىشلەتكۈچى ئاتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation type="unfinished">پارول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the sandbox wiki&apos;s test account</source>
        <translation type="unfinished">سىناق ۋىكىسىنىڭ سىناق ھېساباتىنى ئىشلەت</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in</source>
        <translation type="unfinished">تىزىمغا كىرىڭ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+190"/>
        <source>Upload to:</source>
        <translation type="unfinished">يۈكلەش نىشانى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki this batch goes to. Changing it can be undone.</source>
        <translation type="unfinished">بۇ تۈركۈم يۈكلىنىدىغان ۋىكى. ئۇنى ئۆزگەرتكەندىن كېيىن يېنىۋالغىلى بولىدۇ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upload to %1</source>
        <translation type="unfinished">⁨%1⁩ غا يۈكلە</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Edit %1</source>
        <translation type="unfinished">⁨%1⁩ نى تەھرىرلە</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Import &amp;files…</source>
        <translation type="unfinished">&amp;ھۆججەت ئەكىر…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import fo&amp;lder…</source>
        <translation type="unfinished">&amp;قىسقۇچ ئەكىر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in from a &amp;museum spreadsheet…</source>
        <translation type="unfinished">&amp;مۇزېي جەدۋىلىدىن تولدۇر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open batch…</source>
        <translation type="unfinished">&amp;تۈركۈم ئاچ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save batch &amp;as…</source>
        <translation type="unfinished">تۈركۈمنى باشقا نامدا &amp;ساقلا…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open session &amp;kit…</source>
        <translation type="unfinished">&amp;پائالىيەت توپلىمىنى ئاچ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save defaults as kit…</source>
        <translation type="unfinished">كۆڭۈلدىكى قىممەتلەرنى توپلام قىلىپ ساقلا…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch &amp;defaults…</source>
        <translation type="unfinished">تۈركۈمنىڭ &amp;كۆڭۈلدىكى قىممەتلىرى…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move from batch</source>
        <translation type="unfinished">تۈركۈمدىن &amp;چىقىرىۋەت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Upload…</source>
        <translation type="unfinished">&amp;يۈكلە…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished">&amp;مايىللىق…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;چېكىن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New batch</source>
        <translation type="unfinished">&amp;يېڭى تۈركۈم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;About GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader &amp;ھەققىدە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation type="unfinished">&amp;قوللانما</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First-run assistant…</source>
        <translation type="unfinished">&amp;تۇنجى قېتىم ئىشلىتىش ياردەمچىسى…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;يېنىۋال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;قايتا قىل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;ھۆججەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;تەھرىر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wiki</source>
        <translation type="unfinished">&amp;ۋىكى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;ياردەم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation type="unfinished">ئاساسىي قورال بالدىقى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">ۋاز كەچ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation type="unfinished">مەسىلىلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation type="unfinished">ئالدىن كۆزەت</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Will be uploaded as: File:%1</source>
        <translation type="unfinished">ھۆججەت مۇنداق يۈكلىنىدۇ: File:⁨%1⁩</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2. Target: %3</source>
        <comment>files, errors, wiki</comment>
        <translation type="unfinished">⁨%1⁩، ⁨%2⁩. نىشان: ⁨%3⁩</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform>⁨%n⁩ ھۆججەت</numerusform>
            <numerusform>⁨%n⁩ ھۆججەت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform>⁨%n⁩ خاتالىق</numerusform>
            <numerusform>⁨%n⁩ خاتالىق</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: suggestions come from earlier searches</source>
        <translation type="unfinished">تورسىز: تەكلىپلەر ئىلگىرىكى ئىزدەشلەردىن كېلىدۇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki or Wikidata cannot be reached. Categories and items you choose now are checked again when back online.</source>
        <translation type="unfinished">ۋىكى ياكى Wikidata غا ئۇلانغىلى بولمايدۇ. ھازىر تاللىغان سەھىپە ۋە تۈرلىرىڭىز تورغا قايتا ئۇلانغاندا قايتا تەكشۈرۈلىدۇ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation type="unfinished">توردا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New batch</source>
        <translation type="unfinished">يېڭى تۈركۈم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (read-only)</source>
        <translation type="unfinished">⁨%1⁩ (پەقەت ئوقۇشقىلا بولىدۇ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — GLAM Uploader</source>
        <translation type="unfinished">⁨%1⁩ — GLAM Uploader</translation>
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
        <translation type="unfinished">⁨%1⁩ نى ھازىر باشقا بىر پروگرامما ئېچىۋاتىدۇ. سەل تۇرۇپ قايتا سىناڭ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another copy of GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader نىڭ يەنە بىر نۇسخىسى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a glamuploader command</source>
        <translation type="unfinished">بىر glamuploader بۇيرۇقى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is open in %2 (process %3 of %4 on %5, since %6). Only one may change it at a time. Open it read-only, to look without saving?</source>
        <translation type="unfinished">⁨%1⁩ ھازىر ⁨%2⁩ دا ئوچۇق (⁨%5⁩ دىكى ⁨%4⁩ نىڭ ⁨%3⁩ نومۇرلۇق جەريانى، ⁨%6⁩ دىن بۇيان). بىر ۋاقىتتا پەقەت بىرىلا ئۇنى ئۆزگەرتەلەيدۇ. ساقلىماي كۆرۈش ئۈچۈن ئۇنى پەقەت ئوقۇش ھالىتىدە ئاچامسىز؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open read-only</source>
        <translation type="unfinished">پەقەت ئوقۇش ھالىتىدە ئاچ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The batch file was damaged (%1). Its last good copy was opened instead; the damaged file is kept as %2.</source>
        <translation type="unfinished">تۈركۈم ھۆججىتى بۇزۇلغان (⁨%1⁩). ئۇنىڭ ئورنىغا ئەڭ ئاخىرقى ساغلام نۇسخىسى ئېچىلدى؛ بۇزۇلغان ھۆججەت ⁨%2⁩ بولۇپ ساقلاندى.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n file(s) that are not photos or other media were left out: %1</source>
        <translation type="unfinished">
            <numerusform>سۈرەت ياكى باشقا ۋاسىتە ھۆججىتى بولمىغان ⁨%n⁩ ھۆججەت قوشۇلمىدى: ⁨%1⁩</numerusform>
            <numerusform>سۈرەت ياكى باشقا ۋاسىتە ھۆججىتى بولمىغان ⁨%n⁩ ھۆججەت قوشۇلمىدى: ⁨%1⁩</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n file(s) imported.</source>
        <translation type="unfinished">
            <numerusform>⁨%n⁩ ھۆججەت ئەكىرىلدى.</numerusform>
            <numerusform>⁨%n⁩ ھۆججەت ئەكىرىلدى.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader ھەققىدە</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="+23"/>
        <source>A better version of %1</source>
        <translation type="unfinished">⁨%1⁩ نىڭ تېخىمۇ ياخشى نەشرى</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+17"/>
        <source>New version of %1</source>
        <translation type="unfinished">⁨%1⁩ نىڭ يېڭى نەشرى</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="-10"/>
        <source>Import files</source>
        <translation type="unfinished">ھۆججەت ئەكىر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a folder</source>
        <translation type="unfinished">قىسقۇچ ئەكىر</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open batch</source>
        <translation type="unfinished">تۈركۈم ئاچ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>GLAM Uploader batches (*.glam.yaml)</source>
        <translation type="unfinished">GLAM Uploader تۈركۈملىرى (*.glam.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save batch as</source>
        <translation type="unfinished">تۈركۈمنى باشقا نامدا ساقلا</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+24"/>
        <source>%n cell(s) changed.</source>
        <translation type="unfinished">
            <numerusform>⁨%n⁩ كاتەكچە ئۆزگەرتىلدى.</numerusform>
            <numerusform>⁨%n⁩ كاتەكچە ئۆزگەرتىلدى.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change batch defaults</source>
        <translation type="unfinished">تۈركۈمنىڭ كۆڭۈلدىكى قىممەتلىرىنى ئۆزگەرت</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Remove %n file(s)</source>
        <translation type="unfinished">
            <numerusform>⁨%n⁩ ھۆججەتنى چىقىرىۋەت</numerusform>
            <numerusform>⁨%n⁩ ھۆججەتنى چىقىرىۋەت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove %n file(s) from the batch?</source>
        <translation type="unfinished">
            <numerusform>⁨%n⁩ ھۆججەتنى تۈركۈمدىن چىقىرىۋېتەمسىز؟</numerusform>
            <numerusform>⁨%n⁩ ھۆججەتنى تۈركۈمدىن چىقىرىۋېتەمسىز؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them are uploaded: the batch would no longer list their pages.</source>
        <translation type="unfinished">
            <numerusform>ئۇلاردىن ⁨%n⁩ دانىسى يۈكلەنگەن: تۈركۈمدە ئۇلارنىڭ بەتلىرى ئەمدى كۆرسىتىلمەيدۇ.</numerusform>
            <numerusform>ئۇلاردىن ⁨%n⁩ دانىسى يۈكلەنگەن: تۈركۈمدە ئۇلارنىڭ بەتلىرى ئەمدى كۆرسىتىلمەيدۇ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them have titles, descriptions or other values you gave.</source>
        <translation type="unfinished">
            <numerusform>ئۇلاردىن ⁨%n⁩ دانىسىدا سىز بەرگەن ماۋزۇ، چۈشەندۈرۈش ياكى باشقا قىممەتلەر بار.</numerusform>
            <numerusform>ئۇلاردىن ⁨%n⁩ دانىسىدا سىز بەرگەن ماۋزۇ، چۈشەندۈرۈش ياكى باشقا قىممەتلەر بار.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files on disk are not touched, and Undo puts them back.</source>
        <translation type="unfinished">دىسكىدىكى ھۆججەتلەرگە تېگىلمەيدۇ، «يېنىۋال» ئۇلارنى ئەسلىگە قايتۇرىدۇ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation type="unfinished">چىقىرىۋەت</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/mappingdialog.py" line="+22"/>
        <source>Columns of %1</source>
        <translation type="unfinished">⁨%1⁩ نىڭ ستونلىرى</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s).</source>
        <translation type="unfinished">
            <numerusform>⁨%n⁩ قۇر.</numerusform>
            <numerusform>⁨%n⁩ قۇر.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as %1, columns separated by “%2”.</source>
        <translation type="unfinished">⁨%1⁩ سۈپىتىدە ئوقۇلدى، ستونلار «⁨%2⁩» بىلەن ئايرىلغان.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what each column is; a column left as “not used” is not read.</source>
        <translation type="unfinished">ھەر بىر ستوننىڭ نېمە ئىكەنلىكىنى تاللاڭ؛ «ئىشلىتىلمەيدۇ» دەپ قالدۇرۇلغان ستون ئوقۇلمايدۇ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not used</source>
        <translation type="unfinished">ئىشلىتىلمەيدۇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file (name or path)</source>
        <translation type="unfinished">ھۆججەت (ئاتى ياكى يولى)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>extra template parameter “%1”</source>
        <translation type="unfinished">قوشۇمچە قېلىپ پارامېتىرى «⁨%1⁩»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>their order: the first row is the first file</source>
        <translation type="unfinished">تەرتىپى بويىچە: بىرىنچى قۇر بىرىنچى ھۆججەت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Match rows to files by</source>
        <translation type="unfinished">قۇرلارنى ھۆججەتلەرگە ماسلاشتۇرۇش ئاساسى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the files</source>
        <translation type="unfinished">ھۆججەتلەرنى تولدۇر</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/glamuploader/messages.py" line="+20"/>
        <source>The file is not there any more. Put it back, or remove it from the batch.</source>
        <translation type="unfinished">ھۆججەت ئەمدى ئۇ يەردە يوق. ئۇنى قايتا ئورنىغا قويۇڭ ياكى تۈركۈمدىن چىقىرىۋېتىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}). Check that it is not open elsewhere and that you may read it.</source>
        <translation type="unfinished">ھۆججەتنى ئوقۇغىلى بولمايدۇ ({reason}). ئۇنىڭ باشقا يەردە ئوچۇق ئەمەسلىكىنى ۋە ئۇنى ئوقۇش ھوقۇقىڭىز بارلىقىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty (0 bytes). Copy it again from the camera or the source.</source>
        <translation type="unfinished">ھۆججەت قۇرۇق (0 بايت). ئۇنى كامېرا ياكى مەنبەدىن قايتا كۆچۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a kind of file Commons accepts (its content is not an image, sound, video or document we recognise).</source>
        <translation type="unfinished">بۇ ۋىكى ۋاسىتە ھەمبەھىرى قوبۇل قىلىدىغان ھۆججەت تىپى ئەمەس (ئۇنىڭ مەزمۇنى بىز تونۇيدىغان سۈرەت، ئاۋاز، ۋىدېئو ياكى ۋەسىقە ئەمەس).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file seems cut short: the end of the image is missing. Copy it again from the source if you can.</source>
        <translation type="unfinished">ھۆججەت چالا قالغاندەك تۇرىدۇ: سۈرەتنىڭ ئاخىرى كەم. ئىمكان بولسا ئۇنى مەنبەدىن قايتا كۆچۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged and cannot be opened as an image ({reason}). Copy it again from the source.</source>
        <translation type="unfinished">ھۆججەت بۇزۇلغان، ئۇنى سۈرەت سۈپىتىدە ئاچقىلى بولمايدۇ ({reason}). ئۇنى مەنبەدىن قايتا كۆچۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image says it is {width} × {height} pixels, more than {limit} pixels: it may be a decompression bomb. It was not opened.</source>
        <translation type="unfinished">سۈرەتتىكى ئۇچۇرغا قارىغاندا ئۇنىڭ چوڭلۇقى {width} × {height} پىكسېل، يەنى {limit} پىكسېلدىن ئارتۇق: ئۇ «يېشىش بومبىسى» بولۇشى مۇمكىن. ئۇ ئېچىلمىدى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name ends in .{extension} but the file is really {detected}. It will be uploaded as .{detected}.</source>
        <translation type="unfinished">ھۆججەت ئاتى .{extension} بىلەن ئاخىرلاشقان، ئەمما ھۆججەت ئەمەلىيەتتە {detected}. ئۇ .{detected} سۈپىتىدە يۈكلىنىدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data (EXIF) in this file cannot be read ({reason}); the date and location must be entered by hand.</source>
        <translation type="unfinished">بۇ ھۆججەتتىكى كامېرا ئۇچۇرىنى (EXIF) ئوقۇغىلى بولمايدۇ ({reason})؛ چېسلا ۋە ئورۇننى قولدا كىرگۈزۈش كېرەك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data field {tag} holds an impossible value ({value}); it was ignored.</source>
        <translation type="unfinished">كامېرا ئۇچۇرىنىڭ {tag} خانىسىدا مۇمكىن بولمىغان قىممەت بار ({value})؛ ئۇ ئېتىبارغا ئېلىنمىدى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name contains invisible control or text-direction characters; they are left out of the title.</source>
        <translation type="unfinished">ھۆججەت ئاتىدا كۆرۈنمەيدىغان كونترول ياكى تېكىست يۆنىلىشى ھەرپلىرى بار؛ ئۇلار ماۋزۇغا كىرگۈزۈلمەيدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file says only when it was last changed ({modified}), not when the photo was taken. Give the date, or leave it empty.</source>
        <translation type="unfinished">ھۆججەتتە سۈرەت تارتىلغان ۋاقىت ئەمەس، پەقەت ئاخىرقى قېتىم ئۆزگەرتىلگەن ۋاقىت ({modified}) بار. چېسلانى كىرگۈزۈڭ ياكى بوش قالدۇرۇڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no title. Give it a title that says what the picture shows.</source>
        <translation type="unfinished">ھۆججەتنىڭ ماۋزۇسى يوق. ئۇنىڭغا سۈرەتتە نېمە كۆرسىتىلگەنلىكىنى ئېيتىپ بېرىدىغان ماۋزۇ قويۇڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is {bytes} bytes long; Commons allows {limit}. Shorten it (letters outside Latin take 2-4 bytes each).</source>
        <translation type="unfinished">ماۋزۇنىڭ ئۇزۇنلۇقى {bytes} بايت؛ ۋىكى ۋاسىتە ھەمبەھىرى {limit} بايتقىچە يول قويىدۇ. ئۇنى قىسقارتىڭ (لاتىن ھەرپلىرىدىن باشقا ھەر بىر ھەرپ 2-4 بايت ئالىدۇ).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short ({length} characters; at least {minimum}). Say what the picture shows.</source>
        <translation type="unfinished">ماۋزۇ بەك قىسقا ({length} ھەرپ؛ كەم دېگەندە {minimum}). سۈرەتتە نېمە كۆرسىتىلگەنلىكىنى يېزىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains characters that cannot be in a file name: {chars}. Remove or replace them.</source>
        <translation type="unfinished">ماۋزۇدا ھۆججەت ئاتىدا بولۇشقا بولمايدىغان ھەرپلەر بار: {chars}. ئۇلارنى ئۆچۈرۈڭ ياكى ئالماشتۇرۇڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains invisible characters ({chars}). Retype the title.</source>
        <translation type="unfinished">ماۋزۇدا كۆرۈنمەيدىغان ھەرپلەر بار ({chars}). ماۋزۇنى قايتا كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” looks like a name a camera gives; Commons refuses those. Give a title that says what the picture shows.</source>
        <translation type="unfinished">«{title}» كامېرا قويىدىغان ئاتقا ئوخشايدۇ؛ ۋىكى ۋاسىتە ھەمبەھىرى بۇنداق ئاتلارنى رەت قىلىدۇ. سۈرەتتە نېمە كۆرسىتىلگەنلىكىنى ئېيتىپ بېرىدىغان ماۋزۇ قويۇڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is not in the normal Unicode form; it will be normalised.</source>
        <translation type="unfinished">ماۋزۇ Unicode نىڭ ئۆلچەملىك شەكلىدە ئەمەس؛ ئۇ ئۆلچەملەشتۈرۈلىدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title ends in .{extension} but the file is .{expected}.</source>
        <translation type="unfinished">ماۋزۇ .{extension} بىلەن ئاخىرلاشقان، ئەمما ھۆججەت .{expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another file of this batch has the same title ({other}). Make the titles different, e.g. with {{n}} in the title pattern.</source>
        <translation type="unfinished">بۇ تۈركۈمدىكى باشقا بىر ھۆججەتنىڭمۇ ماۋزۇسى ئوخشاش ({other}). ماۋزۇلارنى پەرقلىق قىلىڭ، مەسىلەن ماۋزۇ ئەندىزىسىگە {{n}} نى قوشۇڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern uses {{{field}}}, which is not a known field.</source>
        <translation type="unfinished">ماۋزۇ ئەندىزىسىدە {{{field}}} ئىشلىتىلگەن، بۇ نامەلۇم خانە.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern “{pattern}” cannot be used: check its braces {{ }} and field names.</source>
        <translation type="unfinished">«{pattern}» ماۋزۇ ئەندىزىسىنى ئىشلەتكىلى بولمايدۇ: ئۇنىڭ {{ }} تىرناقلىرى ۋە خانە ئاتلىرىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is the same as {other} in this batch (same content). Remove one of them.</source>
        <translation type="unfinished">بۇ ھۆججەت بۇ تۈركۈمدىكى {other} بىلەن ئوخشاش (مەزمۇنى ئوخشاش). ئۇلارنىڭ بىرىنى چىقىرىۋېتىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title ({reason}). Choose a more descriptive title.</source>
        <translation type="unfinished">ۋىكى بۇ ماۋزۇغا يول قويمايدۇ ({reason}). مەزمۇنى ئېنىقراق ماۋزۇ تاللاڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different file with this title is already on the wiki: {url}. Choose another title.</source>
        <translation type="unfinished">بۇ ماۋزۇدىكى باشقا بىر ھۆججەت ۋىكىدا ئاللىقاچان بار: {url}. باشقا ماۋزۇ تاللاڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No licence is chosen. Choose the licence the author gave.</source>
        <translation type="unfinished">ئىجازەت تاللانمىغان. ئاپتور بەرگەن ئىجازەتنى تاللاڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence “{license}” is not one this app knows. Choose one from the list.</source>
        <translation type="unfinished">«{license}» ئىجازىتىنى بۇ پروگرامما تونۇمايدۇ. تىزىملىكتىن بىرنى تاللاڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence {license} is only for your own work, but the source names someone else. Choose the licence the source gave.</source>
        <translation type="unfinished">{license} ئىجازىتى پەقەت ئۆزىڭىزنىڭ ئەسىرى ئۈچۈن، ئەمما مەنبەدە باشقا بىر كىشىنىڭ ئىسمى بار. مەنبە بەرگەن ئىجازەتنى تاللاڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No author is given. Name the photographer or creator.</source>
        <translation type="unfinished">ئاپتور كۆرسىتىلمىگەن. سۈرەتكەش ياكى ياراتقۇچىنىڭ ئىسمىنى يېزىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No source is given. Say where the file comes from (a museum, a book, a web address).</source>
        <translation type="unfinished">مەنبە كۆرسىتىلمىگەن. ھۆججەتنىڭ قەيەردىن كەلگەنلىكىنى يېزىڭ (مۇزېي، كىتاب، تور ئادرېسى).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no description. Add one in at least one language.</source>
        <translation type="unfinished">چۈشەندۈرۈش يوق. كەم دېگەندە بىر تىلدا چۈشەندۈرۈش قوشۇڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” is not a language code Commons knows.</source>
        <translation type="unfinished">«{language}» ۋىكى ۋاسىتە ھەمبەھىرى تونۇيدىغان تىل كودى ئەمەس.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” cannot be a language code. Use a code like en, tr or ar.</source>
        <translation type="unfinished">«{language}» تىل كودى بولالمايدۇ. en، tr ياكى ar غا ئوخشاش كود ئىشلىتىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a date. Write it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation type="unfinished">«{value}» چېسلا ئەمەس. ئۇنى YYYY-MM-DD، YYYY-MM ياكى YYYY شەكلىدە يېزىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is in the future. Check the camera&apos;s clock.</source>
        <translation type="unfinished">{value} چېسلاسى كەلگۈسىدە. كامېرانىڭ سائىتىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no category. Add at least one so people can find it.</source>
        <translation type="unfinished">ھۆججەتنىڭ سەھىپىسى يوق. كىشىلەر ئۇنى تاپالىشى ئۈچۈن كەم دېگەندە بىر سەھىپە قوشۇڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{category}” cannot be a category name.</source>
        <translation type="unfinished">«{category}» سەھىپە ئاتى بولالمايدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a Wikidata item id (like Q42).</source>
        <translation type="unfinished">«{value}» Wikidata تۈرىنىڭ كىملىكى ئەمەس (Q42 غا ئوخشاش).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location {latitude}, {longitude} is not on Earth&apos;s map. Check latitude (−90…90) and longitude (−180…180).</source>
        <translation type="unfinished">{latitude}، {longitude} ئورنى يەر شارى خەرىتىسىدە يوق. كەڭلىك (−90…90) ۋە ئۇزۇنلۇقنى (−180…180) تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{template}” is not a single, complete template.</source>
        <translation type="unfinished">«{template}» يەككە، تولۇق قېلىپ ئەمەس.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” cannot be used for {field} in structured data. Give a Wikidata item id (like Q42), a web address starting with https://, or a user name, as the field asks.</source>
        <translation type="unfinished">«{value}» نى قۇرۇلمىلىق سانلىق مەلۇماتتىكى {field} ئۈچۈن ئىشلەتكىلى بولمايدۇ. خانىنىڭ تەلىپىگە قاراپ Wikidata تۈرىنىڭ كىملىكى (Q42 غا ئوخشاش)، https:// بىلەن باشلانغان تور ئادرېسى ياكى ئىشلەتكۈچى ئاتى بېرىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inventory number {value} is written to structured data only with the collection it belongs to. Add the collection&apos;s Wikidata item.</source>
        <translation type="unfinished">{value} ئىنۋېنتار نومۇرى قۇرۇلمىلىق سانلىق مەلۇماتقا پەقەت ئۇ تەۋە بولغان كوللېكسىيە بىلەن بىللە يېزىلىدۇ. كوللېكسىيەنىڭ Wikidata تۈرىنى قوشۇڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caption in {language} is {length} characters long; Commons allows {limit}. Shorten it: the description can say more.</source>
        <translation type="unfinished">{language} تىلىدىكى ئىزاھاتنىڭ ئۇزۇنلۇقى {length} ھەرپ؛ ۋىكى ۋاسىتە ھەمبەھىرى {limit} ھەرپكىچە يول قويىدۇ. ئۇنى قىسقارتىڭ: چۈشەندۈرۈشتە تېخىمۇ كۆپ يازغىلى بولىدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki as {title}: {url}. It will not be uploaded again.</source>
        <translation type="unfinished">دەل مۇشۇ ھۆججەت ۋىكىدا {title} بولۇپ ئاللىقاچان بار: {url}. ئۇ قايتا يۈكلەنمەيدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept .{extension} files.</source>
        <translation type="unfinished">ۋىكى .{extension} ھۆججەتلىرىنى قوبۇل قىلمايدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is {size} bytes; the wiki accepts at most {limit}.</source>
        <translation type="unfinished">ھۆججەت {size} بايت؛ ۋىكى ئەڭ كۆپ بولغاندا {limit} بايتنى قوبۇل قىلىدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported. Import it again.</source>
        <translation type="unfinished">ھۆججەت ئەكىرىلگەندىن كېيىن دىسكىدا ئۆزگەرگەن. ئۇنى قايتا ئەكىرىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported ({changed}). Its facts were read again and the new file will be sent; check that the title and description still fit.</source>
        <translation type="unfinished">ھۆججەت ئەكىرىلگەندىن كېيىن دىسكىدا ئۆزگەرگەن ({changed}). ئۇنىڭ ئۇچۇرلىرى قايتا ئوقۇلدى ۋە يېڭى ھۆججەت ئەۋەتىلىدۇ؛ ماۋزۇ ۋە چۈشەندۈرۈشنىڭ يەنىلا ماس كېلىدىغانلىقىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not the name of a file on the wiki. Give the file to replace as File:Name.jpg, or clear the field to upload a new file.</source>
        <translation type="unfinished">«{value}» ۋىكىدىكى ھۆججەتنىڭ ئاتى ئەمەس. ئالماشتۇرىدىغان ھۆججەتنى File:Name.jpg شەكلىدە كىرگۈزۈڭ ياكى يېڭى ھۆججەت يۈكلەش ئۈچۈن خانىنى تازىلاڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file {title} on the wiki to replace. Check the name, or clear “new version of” to upload a new file.</source>
        <translation type="unfinished">ۋىكىدا ئالماشتۇرىدىغان {title} ھۆججىتى يوق. ئاتىنى تەكشۈرۈڭ ياكى يېڭى ھۆججەت يۈكلەش ئۈچۈن «يېڭىلىنىدىغان ھۆججەت» خانىسىنى تازىلاڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new version keeps the file type: {title} is .{expected}, this file is .{extension}. Upload it as a new file instead.</source>
        <translation type="unfinished">يېڭى نەشرى ھۆججەت تىپىنى ساقلايدۇ: {title} بولسا .{expected}، بۇ ھۆججەت بولسا .{extension}. ئۇنىڭ ئورنىغا بۇنى يېڭى ھۆججەت سۈپىتىدە يۈكلەڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is marked as a new version of {title}. Run upload with --new-versions to replace that file, or clear the mark.</source>
        <translation type="unfinished">بۇ ھۆججەتكە {title} نىڭ يېڭى نەشرى دەپ بەلگە قويۇلغان. ئۇ ھۆججەتنى ئالماشتۇرۇش ئۈچۈن يۈكلەش بۇيرۇقى upload نى --new-versions بىلەن ئىجرا قىلىڭ ياكى بەلگىنى تازىلاڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a privacy choice. Use “location” (remove the place) or “camera” (remove all camera data), or leave it empty.</source>
        <translation type="unfinished">«{value}» شەخسىيەت تاللىشى ئەمەس. «location» (ئورۇننى ئۆچۈرۈش) ياكى «camera» (بارلىق كامېرا ئۇچۇرىنى ئۆچۈرۈش) نى ئىشلىتىڭ ياكى بوش قالدۇرۇڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location or camera data cannot be removed from a .{kind} file without changing its pixels ({detail}). Remove it with another program, or clear the privacy choice.</source>
        <translation type="unfinished">پىكسېللىرىنى ئۆزگەرتمەي تۇرۇپ .{kind} ھۆججىتىدىن ئورۇن ياكى كامېرا ئۇچۇرىنى ئۆچۈرگىلى بولمايدۇ ({detail}). ئۇنى باشقا پروگرامما بىلەن ئۆچۈرۈڭ ياكى شەخسىيەت تاللىشىنى تازىلاڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .{kind} file cannot be turned without changing its pixels: only JPEG photos are turned, by their orientation tag. Turn it in a photo editor and import it again, or set the turn back to none.</source>
        <translation type="unfinished">.{kind} ھۆججىتىنى پىكسېللىرىنى ئۆزگەرتمەي تۇرۇپ ئايلاندۇرغىلى بولمايدۇ: پەقەت JPEG سۈرەتلەرلا يۆنىلىش بەلگىسى ئارقىلىق ئايلاندۇرۇلىدۇ. ئۇنى سۈرەت تەھرىرلىگۈچتە ئايلاندۇرۇپ قايتا ئەكىرىڭ ياكى ئايلاندۇرۇشنى بىكار قىلىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo could not be turned: {reason}. Export it again from the camera or editor, or set the turn back to none.</source>
        <translation type="unfinished">سۈرەتنى ئايلاندۇرغىلى بولمىدى: {reason}. ئۇنى كامېرا ياكى تەھرىرلىگۈچتىن قايتا چىقىرىڭ ياكى ئايلاندۇرۇشنى بىكار قىلىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged where its camera data is kept ({detail}), so no cleaned copy could be made. Export it again from the camera or editor.</source>
        <translation type="unfinished">ھۆججەتنىڭ كامېرا ئۇچۇرى ساقلىنىدىغان يېرى بۇزۇلغان ({detail})، شۇڭا تازىلانغان نۇسخىسىنى ياسىغىلى بولمىدى. ئۇنى كامېرا ياكى تەھرىرلىگۈچتىن قايتا چىقىرىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Did you mean “{suggestion}”?</source>
        <translation type="unfinished">ۋىكىدا «{category}» سەھىپىسى يوق. «{suggestion}» نى دېمەكچىمىدىڭىز؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Check the spelling, choose an existing category, or create this one first.</source>
        <translation type="unfinished">ۋىكىدا «{category}» سەھىپىسى يوق. ئىملاسىنى تەكشۈرۈڭ، مەۋجۇت بىر سەھىپىنى تاللاڭ ياكى ئالدى بىلەن بۇ سەھىپىنى قۇرۇڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category “{category}” was moved to “{target}”. Use “{target}” instead.</source>
        <translation type="unfinished">«{category}» سەھىپىسى «{target}» غا يۆتكەلگەن. ئۇنىڭ ئورنىغا «{target}» نى ئىشلىتىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} could not be confirmed as a Wikidata item (not found, or Wikidata could not be reached and it is not in the lookups cache). Check the Q-id.</source>
        <translation type="unfinished">{value} نىڭ Wikidata تۈرى ئىكەنلىكىنى جەزملىگىلى بولمىدى (تېپىلمىدى، ياكى Wikidata غا ئۇلانغىلى بولمىدى ۋە ئۇ ئىزدەش غەملىكىدە يوق). Q كىملىكىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file does not exist.</source>
        <translation type="unfinished">ھۆججەت مەۋجۇد ئەمەس.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}).</source>
        <translation type="unfinished">ھۆججەتنى ئوقۇغىلى بولمايدۇ ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file is damaged or was changed by hand in a way the app cannot read ({reason}). Open its last good copy (the same name ending in .bak, beside it), or undo the hand edit in a text editor.</source>
        <translation type="unfinished">تۈركۈم ھۆججىتى بۇزۇلغان ياكى پروگرامما ئوقۇيالمايدىغان شەكىلدە قولدا ئۆزگەرتىلگەن ({reason}). ئۇنىڭ ئەڭ ئاخىرقى ساغلام نۇسخىسىنى (يېنىدىكى، ئاتى ئوخشاش، .bak بىلەن ئاخىرلاشقان ھۆججەت) ئېچىڭ ياكى تېكىست تەھرىرلىگۈچتە قولدا قىلغان تەھرىرىڭىزدىن يېنىۋېلىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file holds an instruction that could run a program ({reason}), so it was not read. If you did not put it there, use the last good copy (the same name ending in .bak).</source>
        <translation type="unfinished">تۈركۈم ھۆججىتىدە پروگرامما ئىجرا قىلالايدىغان بۇيرۇق بار ({reason})، شۇڭا ئۇ ئوقۇلمىدى. ئەگەر ئۇنى سىز قويمىغان بولسىڭىز، ئەڭ ئاخىرقى ساغلام نۇسخىسىنى (ئاتى ئوخشاش، .bak بىلەن ئاخىرلاشقان ھۆججەت) ئىشلىتىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses shorthand (&amp; and * marks) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation type="unfinished">تۈركۈم ھۆججىتىدە بۇ پروگرامما ئوقۇمايدىغان قىسقارتما (&amp; ۋە * بەلگىلىرى) ئىشلىتىلگەن. تېكىست تەھرىرلىگۈچتە ھەر بىر قىممەتنى تولۇق يېزىڭ ياكى ئەڭ ئاخىرقى ساغلام نۇسخىسىنى (.bak) ئىشلىتىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses a shorthand merge (&lt;&lt;) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation type="unfinished">تۈركۈم ھۆججىتىدە بۇ پروگرامما ئوقۇمايدىغان قىسقارتما بىرلەشتۈرۈش (&lt;&lt;) ئىشلىتىلگەن. تېكىست تەھرىرلىگۈچتە ھەر بىر قىممەتنى تولۇق يېزىڭ ياكى ئەڭ ئاخىرقى ساغلام نۇسخىسىنى (.bak) ئىشلىتىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large to be a batch ({size} bytes).</source>
        <translation type="unfinished">ھۆججەت تۈركۈم بولۇشقا بەك چوڭ ({size} بايت).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value here is {size} bytes long; no field of a batch is longer than {limit}. Remove it in a text editor, or restore a copy.</source>
        <translation type="unfinished">بۇ يەردىكى بىر قىممەتنىڭ ئۇزۇنلۇقى {size} بايت؛ تۈركۈمنىڭ ھېچقانداق خانىسى {limit} بايتتىن ئۇزۇن بولمايدۇ. ئۇنى تېكىست تەھرىرلىگۈچتە ئۆچۈرۈڭ ياكى بىر نۇسخىسىنى ئەسلىگە كەلتۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a {expected} file.</source>
        <translation type="unfinished">بۇ {expected} ھۆججىتى ئەمەس.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has format {format}; this version of the app reads format {supported}. Update the app.</source>
        <translation type="unfinished">ھۆججەتنىڭ فورماتى {format}؛ پروگراممىنىڭ بۇ نەشرى {supported} فورماتىنى ئوقۇيدۇ. پروگراممىنى يېڭىلاڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field “{field}” should be {expected}.</source>
        <translation type="unfinished">«{field}» خانىسى {expected} بولۇشى كېرەك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet cannot be read ({reason}). Open it in your spreadsheet program and save it again as CSV, XLSX or ODS.</source>
        <translation type="unfinished">جەدۋەلنى ئوقۇغىلى بولمايدۇ ({reason}). ئۇنى جەدۋەل پروگراممىڭىزدا ئېچىپ، CSV، XLSX ياكى ODS شەكلىدە قايتا ساقلاڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet has no header row. Its first row should name the columns (for example “accession number”, “title”).</source>
        <translation type="unfinished">جەدۋەلنىڭ ماۋزۇ قۇرى يوق. ئۇنىڭ بىرىنچى قۇرىدا ستونلارنىڭ ئاتلىرى بولۇشى كېرەك (مەسىلەن «accession number» (ئىنۋېنتار نومۇرى)، «title» (ماۋزۇ)).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wiki has not yet given the number of the new file page, so its captions and statements could not be written now.</source>
        <extracomment>why one file was not uploaded, by ``UploadOutcome.error`` (see wiki/upload.py); the wiki&apos;s own words follow in brackets</extracomment>
        <translation type="unfinished">ۋىكى يېڭى ھۆججەت بېتىنىڭ نومۇرىنى تېخى بەرمىدى، شۇڭا ئۇنىڭ ئىزاھاتلىرى ۋە باياناتلىرىنى ھازىر يازغىلى بولمىدى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different file already has this title on the wiki. Choose another title.</source>
        <translation type="unfinished">ۋىكىدا بۇ ماۋزۇدىكى باشقا بىر ھۆججەت ئاللىقاچان بار. باشقا ماۋزۇ تاللاڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title. Choose a more descriptive title.</source>
        <translation type="unfinished">ۋىكى بۇ ماۋزۇغا يول قويمايدۇ. مەزمۇنى ئېنىقراق ماۋزۇ تاللاڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has characters a file name on the wiki cannot have. Change the title.</source>
        <translation type="unfinished">ماۋزۇدا ۋىكىدىكى ھۆججەت ئاتىدا بولۇشقا بولمايدىغان ھەرپلەر بار. ماۋزۇنى ئۆزگەرتىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short for the wiki. Give a longer, descriptive title.</source>
        <translation type="unfinished">ماۋزۇ ۋىكى ئۈچۈن بەك قىسقا. ئۇزۇنراق، مەزمۇنى ئېنىق ماۋزۇ قويۇڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too long for the wiki. Shorten it.</source>
        <translation type="unfinished">ماۋزۇ ۋىكى ئۈچۈن بەك ئۇزۇن. ئۇنى قىسقارتىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has no file extension the wiki accepts for this file. Check the file type.</source>
        <translation type="unfinished">ماۋزۇدا ۋىكى بۇ ھۆججەت ئۈچۈن قوبۇل قىلىدىغان ھۆججەت كېڭەيتىلگەن ئاتى يوق. ھۆججەت تىپىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept this type of file.</source>
        <translation type="unfinished">ۋىكى بۇ تىپتىكى ھۆججەتنى قوبۇل قىلمايدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki discourages this type of file. Convert it to a preferred format.</source>
        <translation type="unfinished">ۋىكى بۇ تىپتىكى ھۆججەتنى تەۋسىيە قىلمايدۇ. ئۇنى تەۋسىيە قىلىنغان فورماتقا ئايلاندۇرۇڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki found the file&apos;s content does not match its type, or it is damaged.</source>
        <translation type="unfinished">ۋىكى ھۆججەت مەزمۇنىنىڭ تىپىغا ماس كەلمەيدىغانلىقىنى ياكى ئۇنىڭ بۇزۇلغانلىقىنى بايقىدى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is larger than the wiki accepts.</source>
        <translation type="unfinished">ھۆججەت ۋىكى قوبۇل قىلىدىغان چوڭلۇقتىن چوڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty. Check that it was copied completely.</source>
        <translation type="unfinished">ھۆججەت قۇرۇق. ئۇنىڭ تولۇق كۆچۈرۈلگەنلىكىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is no longer where it was imported from. Put it back, or remove it from the batch.</source>
        <translation type="unfinished">ھۆججەت ئەكىرىلگەن ئورنىدا ئەمدى يوق. ئۇنى قايتا ئورنىغا قويۇڭ ياكى تۈركۈمدىن چىقىرىۋېتىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki.</source>
        <translation type="unfinished">دەل مۇشۇ ھۆججەت ۋىكىدا ئاللىقاچان بار.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file with this title was deleted from the wiki before. Check why before uploading again.</source>
        <translation type="unfinished">بۇ ماۋزۇدىكى بىر ھۆججەت ئىلگىرى ۋىكىدىن ئۆچۈرۈلگەن. قايتا يۈكلەشتىن بۇرۇن سەۋەبىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file was uploaded before and deleted. Check why before uploading again.</source>
        <translation type="unfinished">دەل مۇشۇ ھۆججەت ئىلگىرى يۈكلىنىپ ئۆچۈرۈلگەن. قايتا يۈكلەشتىن بۇرۇن سەۋەبىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title starts like a camera file name. Give a descriptive title.</source>
        <translation type="unfinished">ماۋزۇ كامېرا ھۆججىتىنىڭ ئاتىدەك باشلانغان. مەزمۇنى ئېنىق ماۋزۇ قويۇڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki changed the title because it had characters a file name cannot have.</source>
        <translation type="unfinished">ماۋزۇدا ھۆججەت ئاتىدا بولۇشقا بولمايدىغان ھەرپلەر بولغاچقا، ۋىكى ماۋزۇنى ئۆزگەرتتى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file looks like a thumbnail of another file. Upload the full-size original.</source>
        <translation type="unfinished">ھۆججەت باشقا بىر ھۆججەتنىڭ كىچىك سۈرىتىگە ئوخشايدۇ. ئەسلى چوڭلۇقتىكى نۇسخىسىنى يۈكلەڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title looks like a thumbnail&apos;s name (it starts with a size). Change the title.</source>
        <translation type="unfinished">ماۋزۇ كىچىك سۈرەتنىڭ ئاتىغا ئوخشايدۇ (ئۇ چوڭلۇق بىلەن باشلانغان). ماۋزۇنى ئۆزگەرتىڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploads are switched off on this wiki.</source>
        <translation type="unfinished">بۇ ۋىكىدا يۈكلەش چەكلەنگەن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the file without saying why. Try again later, or upload it by hand to see the reason.</source>
        <translation type="unfinished">ۋىكى سەۋەبىنى ئېيتماي ھۆججەتنى رەت قىلدى. كېيىن قايتا سىناڭ ياكى سەۋەبىنى كۆرۈش ئۈچۈن ئۇنى قولدا يۈكلەڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki asked us to slow down (rate limit) and the file was tried several times. Upload again later to go on.</source>
        <translation type="unfinished">ۋىكى ئاستىلىتىشنى تەلەپ قىلدى (سۈرئەت چەكلىمىسى)، ھۆججەت بىر قانچە قېتىم سىنالدى. داۋاملاشتۇرۇش ئۈچۈن كېيىن قايتا يۈكلەڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki&apos;s servers were too busy and the file was tried several times. Upload again later to go on.</source>
        <translation type="unfinished">ۋىكىنىڭ مۇلازىمېتىرلىرى بەك ئالدىراش بولدى، ھۆججەت بىر قانچە قېتىم سىنالدى. داۋاملاشتۇرۇش ئۈچۈن كېيىن قايتا يۈكلەڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki is read-only for maintenance. Upload again later to go on.</source>
        <translation type="unfinished">ۋىكى ئاسراش سەۋەبىدىن پەقەت ئوقۇش ھالىتىدە. داۋاملاشتۇرۇش ئۈچۈن كېيىن قايتا يۈكلەڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not keep the file&apos;s pieces (chunks). Upload again to go on.</source>
        <translation type="unfinished">ۋىكى ھۆججەتنىڭ پارچىلىرىنى (chunks) ساقلىيالمىدى. داۋاملاشتۇرۇش ئۈچۈن قايتا يۈكلەڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login session ended and could not be renewed in time. Upload again to go on.</source>
        <translation type="unfinished">تىزىمغا كىرىش سۆزلىشىشى ئاخىرلاشتى ۋە ۋاقتىدا يېڭىلانمىدى. داۋاملاشتۇرۇش ئۈچۈن قايتا يۈكلەڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not be reached. Check the connection; the upload can be resumed.</source>
        <translation type="unfinished">ۋىكىغا ئۇلانغىلى بولمىدى. تور ئۇلىنىشىنى تەكشۈرۈڭ؛ يۈكلەشنى داۋاملاشتۇرغىلى بولىدۇ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not logged in, or the session expired. Log in again.</source>
        <translation type="unfinished">سىز تىزىمغا كىرمىدىڭىز ياكى سۆزلىشىش ۋاقتى ئۆتۈپ كەتتى. قايتا تىزىمغا كىرىڭ.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The wiki answered with an error the app does not know ({code}). Upload again later; if it stays, upload this file by hand to see more.</source>
        <extracomment>for an error code the app has no words for: the wiki&apos;s code and text, and what to do</extracomment>
        <translation type="unfinished">ۋىكى پروگرامما بىلمەيدىغان خاتالىق بىلەن جاۋاب قايتۇردى ({code}). كېيىن قايتا يۈكلەڭ؛ ئەگەر داۋاملاشسا، تېخىمۇ كۆپ ئۇچۇر كۆرۈش ئۈچۈن بۇ ھۆججەتنى قولدا يۈكلەڭ.</translation>
    </message>
</context>
<context>
    <name>MuseumFields</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+35"/>
        <source>Museum object</source>
        <translation type="unfinished">مۇزېي بۇيۇمى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fields of the page&apos;s museum template. An artist or institution can be text, a template such as {{Creator:William Blake}}, or a Wikidata Q-id.</source>
        <translation type="unfinished">بەتتىكى مۇزېي قېلىپىنىڭ خانىلىرى. سەنئەتكار ياكى ئورگان تېكىست، {{Creator:William Blake}} غا ئوخشاش قېلىپ ياكى Wikidata Q كىملىكى بولسا بولىدۇ.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(تاللانغان ھۆججەتلەردە ئوخشاش ئەمەس)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">⁨%1⁩ — تۈركۈمنىڭ كۆڭۈلدىكى قىممىتىدىن</translation>
    </message>
</context>
<context>
    <name>MuseumSheet</name>
    <message>
        <location filename="../src/glamuploader/ui/museumsheet.py" line="+18"/>
        <location line="+55"/>
        <source>Fill in from a museum spreadsheet</source>
        <translation type="unfinished">مۇزېي جەدۋىلىدىن تولدۇر</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</source>
        <translation type="unfinished">جەدۋەللەر (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fill in from %1</source>
        <translation type="unfinished">⁨%1⁩ دىن تولدۇر</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>row %1</source>
        <translation type="unfinished">⁨%1⁩-قۇر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished">⁨%1⁩-قۇر، ⁨%2⁩-ستون: ⁨%3⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source> … and %1 more</source>
        <translation type="unfinished"> … ۋە يەنە ⁨%1⁩ دانە</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cells to mend in the spreadsheet:</source>
        <translation type="unfinished">جەدۋەلدە تۈزىتىلىدىغان كاتەكچىلەر:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was dropped: rows without a file stay in the spreadsheet, and files without a row keep what they had. Undo takes the whole filling back.</source>
        <translation type="unfinished">ھېچنېمە تاشلىۋېتىلمىدى: ھۆججىتى يوق قۇرلار جەدۋەلدە قالىدۇ، قۇرى يوق ھۆججەتلەر ئەسلىدىكىسىنى ساقلايدۇ. «يېنىۋال» پۈتكۈل تولدۇرۇشنى بىكار قىلىدۇ.</translation>
    </message>
</context>
<context>
    <name>PageTemplateBox</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+48"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">⁨%1⁩ — تۈركۈمنىڭ كۆڭۈلدىكى قىممىتىدىن</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/preferences.py" line="+28"/>
        <source>Wikimedia Commons</source>
        <translation type="unfinished">ۋىكى ۋاسىتە ھەمبەھىرى (Wikimedia Commons)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta Commons (for testing)</source>
        <translation type="unfinished">Beta ۋىكى ۋاسىتە ھەمبەھىرى (سىناق ئۈچۈن)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local sandbox wiki (on this computer)</source>
        <translation type="unfinished">يەرلىك سىناق ۋىكىسى (مۇشۇ كومپيۇتېردا)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preferences</source>
        <translation type="unfinished">مايىللىق</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The wiki a new batch goes to: choose one, or type the address of any MediaWiki&apos;s api.php. The open batch&apos;s wiki is chosen in the toolbar.</source>
        <translation type="unfinished">يېڭى تۈركۈم يۈكلىنىدىغان ۋىكى: بىرنى تاللاڭ ياكى خالىغان بىر MediaWiki نىڭ api.php ئادرېسىنى كىرگۈزۈڭ. ئوچۇق تۈركۈمنىڭ ۋىكىسى قورال بالدىقىدا تاللىنىدۇ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">مەسىلەن [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose per batch</source>
        <translation type="unfinished">ھەر تۈركۈمدە ئايرىم تاللىنىدۇ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> px</source>
        <translation type="unfinished"> پىكسېل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload new batches to</source>
        <translation type="unfinished">يېڭى تۈركۈملەرنىڭ يۈكلىنىش نىشانى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the app</source>
        <translation type="unfinished">پروگراممىنىڭ تىلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default author</source>
        <translation type="unfinished">كۆڭۈلدىكى ئاپتور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default licence</source>
        <translation type="unfinished">كۆڭۈلدىكى ئىجازەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail size</source>
        <translation type="unfinished">كىچىك سۈرەت چوڭلۇقى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiki, bot password, author and licence, step by step…</source>
        <translation type="unfinished">ۋىكى، ماشىنا ئادەم پارولى، ئاپتور ۋە ئىجازەت، قەدەممۇقەدەم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first-run assistant: it can check your bot password</source>
        <translation type="unfinished">تۇنجى قېتىم ئىشلىتىش ياردەمچىسى: ئۇ ماشىنا ئادەم پارولىڭىزنى تەكشۈرەلەيدۇ</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/previewpanel.py" line="+53"/>
        <source>Wikitext</source>
        <translation type="unfinished">ۋىكىتېكىست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structured data</source>
        <translation type="unfinished">قۇرۇلمىلىق سانلىق مەلۇمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered page</source>
        <translation type="unfinished">بەتنىڭ كۆرۈنۈشى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captions and statements (depicts, licence, date, location…) written to the file after upload.</source>
        <translation type="unfinished">يۈكلەنگەندىن كېيىن ھۆججەتكە يېزىلىدىغان ئىزاھات ۋە باياناتلار (تەسۋىرلىگىنى، ئىجازەت، چېسلا، ئورنى…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show as JSON (what is sent to the wiki)</source>
        <translation type="unfinished">JSON شەكلىدە كۆرسەت (ۋىكىغا ئەۋەتىلىدىغىنى)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show it as the wiki renders it</source>
        <translation type="unfinished">ۋىكىدا كۆرۈنىدىغان شەكىلدە كۆرسەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the wiki to render the page; nothing is saved there</source>
        <translation type="unfinished">ۋىكىدىن بەتنى كۆرسىتىپ بېرىشنى سورايدۇ؛ ئۇ يەردە ھېچنېمە ساقلانمايدۇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a file to see the page that will be sent.</source>
        <translation type="unfinished">ئەۋەتىلىدىغان بەتنى كۆرۈش ئۈچۈن بىر ھۆججەت تاللاڭ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one file, then ask the wiki to render its page.</source>
        <translation type="unfinished">بىر ھۆججەت تاللاڭ، ئاندىن ۋىكىدىن ئۇنىڭ بېتىنى كۆرسىتىپ بېرىشنى سوراڭ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Caption (%1)</source>
        <translation type="unfinished">ئىزاھات (⁨%1⁩)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depicts</source>
        <translation type="unfinished">تەسۋىرلىگىنى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creator</source>
        <translation type="unfinished">ياراتقۇچى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation type="unfinished">ئىجازەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright status</source>
        <translation type="unfinished">نەشر ھوقۇقى ھالىتى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source of file</source>
        <translation type="unfinished">ھۆججەتنىڭ مەنبەسى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished">چېسلا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the photo was taken</source>
        <translation type="unfinished">سۈرەت تارتىلغان ئورۇن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place shown</source>
        <translation type="unfinished">كۆرسىتىلگەن ئورۇن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reproduces the artwork</source>
        <translation type="unfinished">كۆپەيتىلگەن سەنئەت ئەسىرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection</source>
        <translation type="unfinished">كوللېكسىيە</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inventory number</source>
        <translation type="unfinished">ئىنۋېنتار نومۇرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author&apos;s name</source>
        <translation type="unfinished">ئاپتورنىڭ ئىسمى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wikimedia user name</source>
        <translation type="unfinished">Wikimedia ئىشلەتكۈچى ئاتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation type="unfinished">تور ئادرېسى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Described at</source>
        <translation type="unfinished">چۈشەندۈرۈلگەن جاي</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking the wiki…</source>
        <translation type="unfinished">ۋىكىدىن سوراۋاتىدۇ…</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/problemspanel.py" line="+87"/>
        <source>File</source>
        <translation type="unfinished">ھۆججەت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation type="unfinished">خانە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation type="unfinished">مەسىلە</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(batch)</source>
        <translation type="unfinished">(تۈركۈم)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Accept warning</source>
        <translation type="unfinished">ئاگاھلاندۇرۇشنى قوبۇل قىل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload anyway: the selected warning is not shown again for this file</source>
        <translation type="unfinished">بەرىبىر يۈكلە: تاللانغان ئاگاھلاندۇرۇش بۇ ھۆججەت ئۈچۈن قايتا كۆرسىتىلمەيدۇ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No problems.</source>
        <translation type="unfinished">مەسىلە يوق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2.</source>
        <comment>errors to fix, warnings</comment>
        <translation type="unfinished">⁨%1⁩، ⁨%2⁩.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s) to fix before upload</source>
        <translation type="unfinished">
            <numerusform>يۈكلەشتىن ئىلگىرى تۈزىتىدىغان ⁨%n⁩ خاتالىق</numerusform>
            <numerusform>يۈكلەشتىن ئىلگىرى تۈزىتىدىغان ⁨%n⁩ خاتالىق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform>⁨%n⁩ ئاگاھلاندۇرۇش</numerusform>
            <numerusform>⁨%n⁩ ئاگاھلاندۇرۇش</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../src/glamuploader/ui/qtwords.py" line="+20"/>
        <source>&amp;OK</source>
        <translation type="unfinished">&amp;جەزملە</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;ساقلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;ۋاز كەچ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;تاقا</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;يېنىۋال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;قايتا قىل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">&amp;كەس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">كۆ&amp;چۈر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">چا&amp;پلا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation type="unfinished">ئۆچۈر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation type="unfinished">ھەممىنى تاللا</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+3"/>
        <source>Show Details...</source>
        <translation type="unfinished">تەپسىلاتنى كۆرسەت...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide Details...</source>
        <translation type="unfinished">تەپسىلاتنى يوشۇر...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-16"/>
        <source>OK</source>
        <translation type="unfinished">جەزملە</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation type="unfinished">ساقلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation type="unfinished">ئاچ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;ھەئە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;ياق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation type="unfinished">تاقا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">ۋاز كەچ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation type="unfinished">تاشلىۋەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation type="unfinished">ياردەم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation type="unfinished">قوللان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation type="unfinished">ئەسلىگە قايتۇر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation type="unfinished">قايتا سىنا</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+9"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">كۆ&amp;چۈر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">&amp;ئۇلانما ئادرېسىنى كۆچۈر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation type="unfinished">ھەممىنى تاللا</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-7"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished">&lt; ئال&amp;دىنقى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished">&amp;كېيىنكى &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation type="unfinished">&amp;تامام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;ياردەم</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/replacedialog.py" line="+11"/>
        <source>Find and replace</source>
        <translation type="unfinished">ئىزدەش ۋە ئالماشتۇرۇش</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In column</source>
        <translation type="unfinished">ستوندا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation type="unfinished">ئىزدە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation type="unfinished">ئالماشتۇرىدىغىنى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace all</source>
        <translation type="unfinished">ھەممىسىنى ئالماشتۇر</translation>
    </message>
</context>
<context>
    <name>Scenes</name>
    <message>
        <location filename="../src/glamuploader/ui/scenes.py" line="+29"/>
        <source>Select the &amp;whole scene</source>
        <translation type="unfinished">&amp;پۈتۈن مەنزىرىنى تاللا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the photos taken with the selected one, without a gap of 20 minutes or 300 m walked between them (key: S)</source>
        <translation type="unfinished">تاللانغان سۈرەت بىلەن بىللە تارتىلغان، ئارىلىقىدا 20 مىنۇتلۇق بوشلۇق ياكى 300 مېتىر ماڭغان يول بولمىغان سۈرەتلەرنى تاللا (كۇنۇپكا: S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a photo of the scene first.</source>
        <translation type="unfinished">ئالدى بىلەن مەنزىرىنىڭ بىر سۈرىتىنى تاللاڭ.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n photo(s) of this scene selected: what you write in the editor now goes to all of them.</source>
        <translation type="unfinished">
            <numerusform>بۇ مەنزىرىنىڭ ⁨%n⁩ سۈرىتى تاللاندى: ئەمدى تەھرىرلىگۈچتە يازغانلىرىڭىز ھەممىسىگە قوللىنىلىدۇ.</numerusform>
            <numerusform>بۇ مەنزىرىنىڭ ⁨%n⁩ سۈرىتى تاللاندى: ئەمدى تەھرىرلىگۈچتە يازغانلىرىڭىز ھەممىسىگە قوللىنىلىدۇ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stacks</name>
    <message>
        <location filename="../src/glamuploader/ui/stacks.py" line="+64"/>
        <source>&amp;Stack similar photos</source>
        <translation type="unfinished">ئوخشاش سۈرەتلەرنى &amp;دۆۋىلە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show each burst or near-duplicate as one photo with a count; Space on it compares them</source>
        <translation type="unfinished">ئۇدا تارتىلغان ھەر بىر يۈرۈش سۈرەتنى ياكى ئاساسەن ئوخشاش سۈرەتلەرنى سانى يېزىلغان بىر سۈرەت قىلىپ كۆرسەت؛ ئۇنىڭ ئۈستىدە Space ئۇلارنى سېلىشتۇرىدۇ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep the best of each stack</source>
        <translation type="unfinished">&amp;ھەر بىر دۆۋىدىن ئەڭ ياخشىسىنى قالدۇر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In every stack, pick the photo with most stars (or the one picked, or the first) and reject the others</source>
        <translation type="unfinished">ھەر بىر دۆۋىدە ئەڭ كۆپ يۇلتۇزلۇق سۈرەتنى (ياكى تاللاپ ئېلىنغىنىنى، ياكى بىرىنچىسىنى) تاللاپ ئال، باشقىلىرىنى رەت قىل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation type="unfinished">ۋاز كەچ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding similar photos: %v of %m</source>
        <translation type="unfinished">ئوخشاش سۈرەتلەر ئىزدىلىۋاتىدۇ: %v / %m</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n stack(s) of similar photos.</source>
        <translation type="unfinished">
            <numerusform>ئوخشاش سۈرەتلەردىن ⁨%n⁩ دۆۋە ھاسىل بولدى.</numerusform>
            <numerusform>ئوخشاش سۈرەتلەردىن ⁨%n⁩ دۆۋە ھاسىل بولدى.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Similar photos could not be found: %1</source>
        <translation type="unfinished">ئوخشاش سۈرەتلەرنى تاپقىلى بولمىدى: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The selected photo is in no stack of similar photos. Turn on Edit ▸ Stack similar photos to find them.</source>
        <translation type="unfinished">تاللانغان سۈرەت ئوخشاش سۈرەتلەرنىڭ ھېچقايسى دۆۋىسىدە يوق. ئۇلارنى تېپىش ئۈچۈن «تەھرىر ▸ ئوخشاش سۈرەتلەرنى دۆۋىلە» نى قوزغىتىڭ.</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <location filename="../src/glamuploader/ui/tableview.py" line="+29"/>
        <source>file</source>
        <translation type="unfinished">ھۆججەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file name</source>
        <translation type="unfinished">ھۆججەت ئاتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned title</source>
        <translation type="unfinished">پىلانلانغان ماۋزۇ</translation>
    </message>
</context>
<context>
    <name>TemplateFields</name>
    <message>
        <location filename="../src/glamuploader/ui/fieldnames.py" line="+11"/>
        <source>Artist</source>
        <translation type="unfinished">سەنئەتكار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation type="unfinished">ئاپتور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation type="unfinished">ماۋزۇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation type="unfinished">چۈشەندۈرۈش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished">چېسلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation type="unfinished">ماتېرىيال ۋە تېخنىكا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation type="unfinished">ئۆلچىمى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation type="unfinished">ئورگان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation type="unfinished">بۆلۈم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accession number</source>
        <translation type="unfinished">ئىنۋېنتار نومۇرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit line</source>
        <translation type="unfinished">مىننەتدارلىق قۇرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished">مەنبە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission</source>
        <translation type="unfinished">رۇخسەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Other versions</source>
        <translation type="unfinished">باشقا نەشرلىرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted people</source>
        <translation type="unfinished">تەسۋىرلەنگەن كىشىلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted place</source>
        <translation type="unfinished">تەسۋىرلەنگەن جاي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of creation</source>
        <translation type="unfinished">يارىتىلغان جاي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of discovery</source>
        <translation type="unfinished">تېپىلغان جاي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object history</source>
        <translation type="unfinished">بۇيۇمنىڭ تارىخى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibition history</source>
        <translation type="unfinished">كۆرگەزمە تارىخى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inscriptions</source>
        <translation type="unfinished">يازمىلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished">ئەسكەرتىشلەر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation type="unfinished">پايدىلانمىلار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item</source>
        <translation type="unfinished">Wikidata تۈرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photographer</source>
        <translation type="unfinished">سۈرەتكەش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the artwork</source>
        <translation type="unfinished">سەنئەت ئەسىرىنىڭ ئىجازىتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo description</source>
        <translation type="unfinished">سۈرەت چۈشەندۈرۈشى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the photo</source>
        <translation type="unfinished">سۈرەتنىڭ چېسلاسى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the photo</source>
        <translation type="unfinished">سۈرەتنىڭ ئىجازىتى</translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/delegate.py" line="+105"/>
        <source>%n similar</source>
        <translation type="unfinished">
            <numerusform>⁨%n⁩ ئوخشاش</numerusform>
            <numerusform>⁨%n⁩ ئوخشاش</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/uploadpanel.py" line="+96"/>
        <source>Upload to %1</source>
        <translation type="unfinished">⁨%1⁩ غا يۈكلەش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in…</source>
        <translation type="unfinished">تىزىمغا كىرىڭ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Start upload</source>
        <translation type="unfinished">يۈكلەشنى باشلا</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+164"/>
        <source>Resume</source>
        <translation type="unfinished">داۋاملاشتۇر</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Pause</source>
        <translation type="unfinished">ۋاقىتلىق توختات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the file that is going up now; a big file stops after its current chunk and goes on from there</source>
        <translation type="unfinished">ھازىر يۈكلىنىۋاتقان ھۆججەتتىن كېيىن توختايدۇ؛ چوڭ ھۆججەت نۆۋەتتىكى پارچىسىدىن كېيىن توختاپ، كېيىن شۇ يەردىن داۋاملىشىدۇ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after the file that is going up now and close; what was uploaded stays recorded</source>
        <translation type="unfinished">ھازىر يۈكلىنىۋاتقان ھۆججەتتىن كېيىن توختاپ، كۆزنەكنى تاقايدۇ؛ يۈكلەنگەنلىرى خاتىرىدە قالىدۇ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry failed</source>
        <translation type="unfinished">مەغلۇپ بولغانلىرىنى قايتا سىنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report (CSV)…</source>
        <translation type="unfinished">دوكلاتنى ساقلا (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy gallery wikitext</source>
        <translation type="unfinished">كارىدور ۋىكىتېكىستىنى كۆچۈر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation type="unfinished">ھۆججەت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished">ھالىتى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File page</source>
        <translation type="unfinished">ھۆججەت بېتى</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending…</source>
        <translation type="unfinished">ئەۋەتىشتىن ئىلگىرى ھۆججەتلەر تەكشۈرۈلۈۋاتىدۇ…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not logged in to %1.</source>
        <translation type="unfinished">⁨%1⁩ دا تىزىمغا كىرمىدىڭىز.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in to %1 as %2.</source>
        <translation type="unfinished">⁨%1⁩ دا ⁨%2⁩ سالاھىيىتىدە تىزىمغا كىردىڭىز.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation type="unfinished">تاقا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished">ۋاز كەچ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log in and upload…</source>
        <translation type="unfinished">تىزىمغا كىرىپ يۈكلە…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%v of %m files</source>
        <translation type="unfinished">%v / %m ھۆججەت</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Logging in…</source>
        <translation type="unfinished">تىزىمغا كىرىۋاتىدۇ…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Login failed: %1</source>
        <translation type="unfinished">تىزىمغا كىرىش مەغلۇپ بولدى: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The files are checked; sending them now.</source>
        <translation type="unfinished">ھۆججەتلەر تەكشۈرۈلدى؛ ھازىر ئەۋەتىلىۋاتىدۇ.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Waiting %1 s: this account may upload only so many files an hour (the wiki&apos;s rate limit)</source>
        <translation type="unfinished">⁨%1⁩ سېكۇنت ساقلاۋاتىدۇ: بۇ ھېسابات بىر سائەتتە پەقەت مەلۇم ساندىكى ھۆججەتنىلا يۈكلىيەلەيدۇ (ۋىكىنىڭ سۈرئەت چەكلىمىسى)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The wiki is busy; trying %1 again in %2 s</source>
        <translation type="unfinished">ۋىكى ئالدىراش؛ ⁨%2⁩ سېكۇنتتىن كېيىن ⁨%1⁩ قايتا سىنىلىدۇ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki did not answer; trying %1 again in %2 s</source>
        <translation type="unfinished">ۋىكى جاۋاب بەرمىدى؛ ⁨%2⁩ سېكۇنتتىن كېيىن ⁨%1⁩ قايتا سىنىلىدۇ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uploading %1</source>
        <translation type="unfinished">⁨%1⁩ يۈكلىنىۋاتىدۇ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopping after the file that is going up now…</source>
        <translation type="unfinished">ھازىر يۈكلىنىۋاتقان ھۆججەتتىن كېيىن توختايدۇ…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About %1 min %2 s left</source>
        <translation type="unfinished">تەخمىنەن ⁨%1⁩ مىنۇت ⁨%2⁩ سېكۇنت قالدى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uploaded, %2 already on the wiki, %3 failed.</source>
        <translation type="unfinished">⁨%1⁩ يۈكلەندى، ⁨%2⁩ ۋىكىدا ئاللىقاچان بار، ⁨%3⁩ مەغلۇپ بولدى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused.</source>
        <translation type="unfinished">ۋاقىتلىق توختىدى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wiki has no structured data: captions and statements were not written.</source>
        <translation type="unfinished">بۇ ۋىكىدا قۇرۇلمىلىق سانلىق مەلۇمات يوق: ئىزاھات ۋە باياناتلار يېزىلمىدى.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending (still there, changed since import): %1 of %2…</source>
        <translation type="unfinished">ئەۋەتىشتىن ئىلگىرى ھۆججەتلەر تەكشۈرۈلۈۋاتىدۇ (يەنىلا بارمۇ، ئەكىرىلگەندىن بۇيان ئۆزگەردىمۇ): ⁨%1⁩ / ⁨%2⁩…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upload journal was damaged. It is kept as %1 and a new one was begun. Nothing is lost: files already on the wiki are found by their checksum.</source>
        <translation type="unfinished">يۈكلەش خاتىرىسى بۇزۇلغان. ئۇ ⁨%1⁩ بولۇپ ساقلاندى ۋە يېڭىسى باشلاندى. ھېچنېمە يوقالمىدى: ۋىكىدا ئاللىقاچان بار ھۆججەتلەر تەكشۈرۈش يىغىندىسى ئارقىلىق تېپىلىدۇ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save report</source>
        <translation type="unfinished">دوكلاتنى ساقلا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV ھۆججەتلىرى (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report is saved as %1.</source>
        <translation type="unfinished">دوكلات ⁨%1⁩ بولۇپ ساقلاندى.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gallery wikitext is on the clipboard.</source>
        <translation type="unfinished">كارىدور ۋىكىتېكىستى چاپلاش تاختىسىغا كۆچۈرۈلدى.</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../src/glamuploader/ui/viewer.py" line="+284"/>
        <source>This file cannot be shown: it is not a picture the viewer can read, or it is damaged. Check it in the list of problems.</source>
        <translation type="unfinished">بۇ ھۆججەتنى كۆرسەتكىلى بولمايدۇ: ئۇ پروگرامما ئوقۇيالايدىغان سۈرەت ئەمەس ياكى بۇزۇلغان. ئۇنى مەسىلىلەر تىزىملىكىدە تەكشۈرۈڭ.</translation>
    </message>
</context>
<context>
    <name>_LocationEditor</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/fieldwidgets.py" line="+105"/>
        <source>latitude</source>
        <translation type="unfinished">كەڭلىك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude</source>
        <translation type="unfinished">ئۇزۇنلۇق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heading °</source>
        <translation type="unfinished">يۆنىلىش °</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation type="unfinished">خەرىتە</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this place on OpenStreetMap in your browser</source>
        <translation type="unfinished">بۇ ئورۇننى توركۆرگۈڭىزدىكى OpenStreetMap تا كۆرسەت</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>removed from the upload</source>
        <translation type="unfinished">يۈكلەشتىن چىقىرىۋېتىلدى</translation>
    </message>
</context>
<context>
    <name>_TextRow</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="-40"/>
        <source>Remove this language</source>
        <translation type="unfinished">بۇ تىلنى چىقىرىۋەت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(تاللانغان ھۆججەتلەردە ئوخشاش ئەمەس)</translation>
    </message>
</context>
</TS>
