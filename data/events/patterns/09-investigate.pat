# CAMEO 09 INVESTIGATE (PLOVER ACCUSE, mode investigate).
09.investigate       090   v:investigate|probe|examine|inquire|scrutinize|audit|review  recip=obj,into
09.investigation.n   090   n:investigation|probe|inquiry|enquiry  with=launch|open|begin|start|announce|order  recip=into,of
09.crime             091   v:investigate|probe  with=crime|corruption|fraud|bribery|smuggling|murder|killing|death  recip=obj,into
09.rights            092   v:investigate|probe|document  with=abuse|torture|massacre|atrocity|violation|right  recip=obj,into
09.mil               093   v:investigate|probe  with=attack|strike|bombing|shelling|incursion|crash|shooting|military  recip=obj,into
09.war.crimes        094   v:investigate|probe|prosecute  with=war|genocide  recip=obj,into
