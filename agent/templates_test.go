package agent

import "testing"

func TestTemplatesValidateCleanly(t *testing.T) {
	t.Parallel()
	if len(Templates) < 4 {
		t.Fatalf("want at least four templates (blank, receptionist, reminder, support), have %d", len(Templates))
	}
	for _, tmpl := range Templates {
		t.Run(tmpl.ID, func(t *testing.T) {
			t.Parallel()
			a := tmpl.New("Test agent")
			if a.Identity.Name != "Test agent" {
				t.Errorf("name = %q, want the name given", a.Identity.Name)
			}
			if ps := ValidateCommon(&a, everything()); len(ps) > 0 {
				t.Errorf("template %s has problems:\n%v", tmpl.ID, ps)
			}
		})
	}
}

func TestTemplateDaysAreIndependent(t *testing.T) {
	t.Parallel()
	tmpl, ok := TemplateByID("receptionist")
	if !ok {
		t.Fatal("receptionist template missing")
	}
	a := tmpl.New("x")
	a.Schedule.Mon[0].End = "12:00"
	if a.Schedule.Tue[0].End == "12:00" {
		t.Error("editing Monday changed Tuesday: days share one slice")
	}
}
