package ui

import tea "charm.land/bubbletea/v2"

// The answers several questions share: picking one of a list, and yes to
// a question whose yes is its second option (yesIsSecond) or its first
// (yesIsFirst).

// pickOne is a question whose first options are items, one each, and whose
// answer is the message pick makes of the item chosen; options after the
// items (Cancel) answer nothing. The dialogs that pick from a list embed it,
// so each stays its own type with its own answer message.
type pickOne[T any] struct {
	question
	items []T
	pick  func(T) tea.Msg
}

// newPickOne asks q with an option per item, labelled by label, then the
// options after.
func newPickOne[T any](q question, items []T, label func(T) string, pick func(T) tea.Msg, after ...string) pickOne[T] {
	for _, it := range items {
		q.options = append(q.options, label(it))
	}
	q.options = append(q.options, after...)
	return pickOne[T]{question: q, items: items, pick: pick}
}

func (d *pickOne[T]) menu() *question { return &d.question }

func (d *pickOne[T]) answer(choice int) tea.Msg {
	if choice < 0 || choice >= len(d.items) {
		return nil
	}
	return d.pick(d.items[choice])
}

// yesIsSecond is the answer of a question whose second option says yes
// (the first keeps things as they are): yes when that option was chosen.
func yesIsSecond(choice int, yes tea.Msg) tea.Msg {
	if choice != 1 {
		return nil
	}
	return yes
}

// yesIsFirst is the answer of a question whose first option says yes
// (the other cancels): yes when that option was chosen.
func yesIsFirst(choice int, yes tea.Msg) tea.Msg {
	if choice != 0 {
		return nil
	}
	return yes
}
