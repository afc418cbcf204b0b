# xml.etree.ElementTree over pyexpat (Go, encoding/xml underneath): parse,
# find/iter, namespaces, CDATA, entities, tostring/write/indent, parse
# errors with expat codes, iterparse, and the expat handler API.
import xml.etree.ElementTree as ET
from xml.parsers import expat

doc = """<?xml version="1.0" encoding="utf-8"?>
<!-- a comment -->
<catalog xmlns:x="urn:extra" version="2">
  <book id="b1" x:rating="5">
    <title>Go &amp; Python</title>
    <price currency="EUR">10.50</price>
    <tags><tag>lang</tag><tag>jit</tag></tags>
  </book>
  <book id="b2">
    <title><![CDATA[<raw> text]]></title>
    <price currency="USD">7</price>
  </book>
  <x:note>extra</x:note>
</catalog>
"""
root = ET.fromstring(doc)
print(root.tag, root.attrib, len(root))
for b in root.findall("book"):
    print(b.get("id"), b.find("title").text, b.find("price").attrib, b.findtext("price"), b.attrib)
print([t.text for t in root.iter("tag")], root.find("{urn:extra}note").text)
print(ET.tostring(root.find("book"), encoding="unicode"))
print(ET.tostring(ET.fromstring("<a><b c='1'/>tail<d>x</d></a>")))

e = ET.Element("root", {"k": "v"})
s = ET.SubElement(e, "child")
s.text = "hi & bye"
s.tail = "\n"
ET.SubElement(e, "empty")
tree = ET.ElementTree(e)
import io
buf = io.BytesIO()
tree.write(buf, encoding="utf-8", xml_declaration=True)
print(buf.getvalue())
back = ET.parse(io.BytesIO(buf.getvalue())).getroot()
print(back.tag, back[0].text, [c.tag for c in back])
ET.indent(e)
print(ET.tostring(e, encoding="unicode"))
for bad in ["<a><b></a>", "<a>", "", "<a></a><b/>", "<a>&nope;</a>", "text"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as err:
        print("ParseError", err.code, err)
events = [(ev, el.tag) for ev, el in ET.iterparse(io.BytesIO(b"<r><s/><t>1</t></r>"), events=("start", "end"))]
print(events)

p = expat.ParserCreate()
out = []
p.StartElementHandler = lambda n, a: out.append(("start", n, a))
p.EndElementHandler = lambda n: out.append(("end", n))
p.CharacterDataHandler = lambda d: out.append(("data", d))
p.ProcessingInstructionHandler = lambda t, d: out.append(("pi", t, d))
p.CommentHandler = lambda d: out.append(("comment", d))
p.buffer_text = True
p.Parse(b"<?xml version='1.0'?><doc a='1' b='2'><?go fast?><!--c-->text<e/></doc>", True)
print(out)
print(expat.ErrorString(7), expat.errors.XML_ERROR_TAG_MISMATCH, expat.version_info)
ns = expat.ParserCreate(namespace_separator=" ")
seen = []
ns.StartElementHandler = lambda n, a: seen.append((n, a))
ns.StartNamespaceDeclHandler = lambda p, u: seen.append(("ns", p, u))
ns.ordered_attributes = 1
ns.Parse("<r xmlns='urn:d' xmlns:q='urn:q'><q:s q:a='1' b='2'/></r>", True)
print(seen)
